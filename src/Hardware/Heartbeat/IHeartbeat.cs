namespace CryoWeb.Hardware.Heartbeat;

/// <summary>
/// Output that feeds an external hardware watchdog: toggled once per healthy control tick. When toggling stops,
/// the watchdog cuts valve power.
/// </summary>
public interface IHeartbeat : IDisposable
{
    /// <summary>Flips the output. Never throws.</summary>
    void Toggle();

    /// <summary>Number of toggles so far (for diagnostics and tests).</summary>
    long ToggleCount { get; }
}
