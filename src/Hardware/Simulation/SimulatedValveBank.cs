using CryoWeb.Hardware.Valves;

namespace CryoWeb.Hardware.Simulation;

/// <summary>The valve bank of a simulated plant. Starts and ends with every valve closed.</summary>
public sealed class SimulatedValveBank : IValveBank
{
    private readonly SimulatedPlant _plant;
    private readonly TimeProvider _time;
    private readonly long[] _lastChangeTicks;

    /// <summary>Serialises commands so a CloseAll from one thread is never undone half-way by a SetOpen racing on another.</summary>
    private readonly Lock _commands = new();

    public SimulatedValveBank(SimulatedPlant plant, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(plant);
        _plant = plant;
        _time = time;
        _lastChangeTicks = new long[(2 * plant.ProbeCount) + 3];
        CloseAll();
    }

    public int ProbeCount => _plant.ProbeCount;

    public void SetOpen(ValveId valve, bool open)
    {
        lock (_commands)
        {
            Drive(valve, open);
        }
    }

    public bool IsOpen(ValveId valve) => _plant.Commanded(valve);

    /// <summary>When the valve was last driven to a new state (UTC); default if never.</summary>
    public DateTimeOffset LastChange(ValveId valve)
    {
        long ticks = Volatile.Read(ref _lastChangeTicks[_plant.Slot(valve)]);
        return ticks == 0 ? default : new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    public void CloseAll()
    {
        lock (_commands)
        {
            CloseEveryValve();
        }
    }

    public void Dispose() => CloseAll();

    private void CloseEveryValve()
    {
        for (int p = 0; p < ProbeCount; p++)
        {
            Drive(ValveId.FreezeOf(p), false);
            Drive(ValveId.ThawOf(p), false);
        }

        Drive(ValveId.ArgonSupply, false);
        Drive(ValveId.ThawSupply, false);
        Drive(ValveId.Vent, false);
    }

    /// <summary>Commands one valve; the caller holds the lock.</summary>
    private void Drive(ValveId valve, bool open)
    {
        int slot = _plant.Slot(valve);
        if (_plant.Commanded(valve) != open)
        {
            _plant.Command(valve, open);
            Volatile.Write(ref _lastChangeTicks[slot], _time.GetUtcNow().UtcTicks);
        }
    }
}
