namespace CryoWeb.Hardware.Valves;

/// <summary>
/// The gas valves: per probe a freeze and a thaw valve, plus argon supply, thaw supply and vent.
/// All valves are normally closed. Implementations leave every valve closed when they are created,
/// when they are disposed and when a write fails. No procedure policy lives here.
/// </summary>
public interface IValveBank : IDisposable
{
    /// <summary>Number of probes, i.e. of freeze/thaw valve pairs.</summary>
    int ProbeCount { get; }

    /// <summary>Opens or closes one valve. Throws <see cref="ValveBankFaultException"/> if the output could not be driven;
    /// in that case the bank has already tried to close every valve.</summary>
    void SetOpen(ValveId valve, bool open);

    /// <summary>The state last commanded for a valve (what the bank drives, not a position sensor).</summary>
    bool IsOpen(ValveId valve);

    /// <summary>When the valve was last driven to a new state (UTC, from the bank's clock); default if never.</summary>
    DateTimeOffset LastChange(ValveId valve);

    /// <summary>Closes every valve, including the vent. Never throws: a failure to drive one output does not stop the others being closed.</summary>
    void CloseAll();
}
