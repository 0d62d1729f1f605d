using CryoWeb.Hardware.Heartbeat;

namespace CryoWeb.Hardware.Simulation;

/// <summary>Heartbeat output of a simulated plant: counts toggles so tests can see the watchdog being fed.</summary>
public sealed class SimulatedHeartbeat : IHeartbeat
{
    private long _toggles;

    public long ToggleCount => Volatile.Read(ref _toggles);

    public bool Level => (ToggleCount & 1) == 1;

    public void Toggle() => Interlocked.Increment(ref _toggles);

    public void Dispose()
    {
    }
}
