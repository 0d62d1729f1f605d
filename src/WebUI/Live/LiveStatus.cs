namespace CryoWeb.WebUI.Live;

/// <summary>
/// What the console shows right now, built from the latest control frame on the feed thread. Immutable: Blazor
/// circuits, the REST status endpoint and the hub read it on any thread.
/// </summary>
/// <param name="Sequence">The control frame it was built from; 0 before the first frame.</param>
/// <param name="ControllerLinkOk">False when frames stopped arriving or the control loop watchdog tripped.</param>
/// <param name="ProcedureId">The running procedure, if any.</param>
/// <param name="ProcedureStartedAt">When the running procedure started (for the procedure clock).</param>
public sealed record LiveStatus(
    long Sequence,
    DateTimeOffset Time,
    bool ControllerLinkOk,
    bool EmergencyStopLatched,
    IReadOnlyList<ProbeStatus> Probes,
    IReadOnlyList<SensorStatus> Sensors,
    SupplyStatus Argon,
    SupplyStatus Thaw,
    Guid? ProcedureId,
    string? ProcedureLabel,
    DateTimeOffset? ProcedureStartedAt)
{
    public static LiveStatus Empty { get; } = new(0, DateTimeOffset.MinValue, false, false, [], [], SupplyStatus.Unknown, SupplyStatus.Unknown, null, null, null);
}
