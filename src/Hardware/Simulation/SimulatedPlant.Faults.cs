using CryoWeb.Hardware.Pressure;
using CryoWeb.Hardware.Valves;

namespace CryoWeb.Hardware.Simulation;

/// <summary>Fault injection: what can break in a real console, for tests, training and the controller's interlocks.</summary>
public sealed partial class SimulatedPlant
{
    private readonly sbyte[] _stuck;
    private readonly int[] _channelFaults;
    private bool _spiBusFailed;
    private bool _argonLost;
    private bool _thawLost;

    /// <summary>Breaks (or repairs, with <see cref="SimulatedThermocoupleFault.None"/>) one thermocouple channel.</summary>
    public void InjectThermocoupleFault(int channel, SimulatedThermocoupleFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(channel);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(channel, ChannelCount);
        Volatile.Write(ref _channelFaults[channel], (int)fault);
    }

    /// <summary>Sticks a valve open or closed: it then ignores commands until <see cref="ReleaseValve"/>.</summary>
    public void InjectStuckValve(ValveId valve, bool stuckOpen) => Volatile.Write(ref _stuck[Slot(valve)], stuckOpen ? (sbyte)1 : (sbyte)-1);

    public void ReleaseValve(ValveId valve) => Volatile.Write(ref _stuck[Slot(valve)], 0);

    /// <summary>A burst hose or an emptied cylinder: the supply drops to atmospheric at once and stays there.</summary>
    /// <remarks>Latched in a flag the physics step reads, so a step running on another thread cannot write the old pressure back.</remarks>
    public void InjectPressureLoss(GasSupply supply)
    {
        if (supply == GasSupply.Argon)
        {
            Volatile.Write(ref _argonLost, true);
            Volatile.Write(ref _argonPsi, 0);
        }
        else
        {
            Volatile.Write(ref _thawLost, true);
            Volatile.Write(ref _thawPsi, 0);
        }
    }

    /// <summary>The SPI bus stops answering: every thermocouple read fails with a bus fault until cleared.</summary>
    public void InjectSpiBusFailure(bool failed = true) => Volatile.Write(ref _spiBusFailed, failed);

    /// <summary>Repairs every injected fault (pressure lost stays lost: gas does not come back).</summary>
    public void ClearFaults()
    {
        Array.Clear(_stuck);
        Array.Clear(_channelFaults);
        Volatile.Write(ref _spiBusFailed, false);
    }
}
