using CryoWeb.Hardware.Heartbeat;
using CryoWeb.Hardware.Pressure;
using CryoWeb.Hardware.Thermocouples;
using CryoWeb.Hardware.Valves;

namespace CryoWeb.Hardware.Tests.Fakes;

/// <summary>
/// Stands in for any part of a <see cref="PlantHardware"/> (valves, thermocouples, pressure sensors, heartbeat):
/// writes "name.CloseAll" and "name.Dispose" to a shared log, and throws from them when told to. The log entry is
/// written before the throw, so the log shows every attempt. One probe, no thermocouple channels.
/// </summary>
public sealed class FakePlantPart(string name, List<string> log) : IValveBank, IThermocoupleBank, ISupplyPressureSensors, IHeartbeat
{
    /// <summary>Thrown by <see cref="Dispose"/> when set.</summary>
    public Exception? DisposeThrows { get; set; }

    /// <summary>Thrown by <see cref="CloseAll"/> when set (a broken <see cref="IValveBank"/>; the contract says never).</summary>
    public Exception? CloseAllThrows { get; set; }

    public int ProbeCount => 1;

    public int ChannelCount => 0;

    public long ToggleCount => 0;

    public void SetOpen(ValveId valve, bool open)
    {
    }

    public bool IsOpen(ValveId valve) => false;

    public DateTimeOffset LastChange(ValveId valve) => default;

    public void CloseAll()
    {
        log.Add($"{name}.CloseAll");
        if (CloseAllThrows is not null)
        {
            throw CloseAllThrows;
        }
    }

    public ThermocoupleReading Read(int channel) => throw new ArgumentOutOfRangeException(nameof(channel));

    public PressureReading Read(GasSupply supply) => default;

    public void Toggle()
    {
    }

    public void Dispose()
    {
        log.Add($"{name}.Dispose");
        if (DisposeThrows is not null)
        {
            throw DisposeThrows;
        }
    }
}
