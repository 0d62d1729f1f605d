using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// Everything the detail page and GET /api/procedures/{id} show about one recorded procedure (curves aside): the
/// clinical summary (probes with their cycles, the set-up's sensors, the alarms with their durations), the channels,
/// the timeline of probe changes and alarms, and the procedure's own audit trail.
/// </summary>
public sealed record ProcedureDetail(
    ProcedureRecord Procedure,
    int SampleCount,
    int AlarmCount,
    IReadOnlyList<ChannelSummary> Channels,
    IReadOnlyList<ProbeSummary> Probes,
    IReadOnlyList<TimelineItem> Timeline)
{
    public IReadOnlyList<SensorSummary> Sensors { get; init; } = [];

    public IReadOnlyList<AlarmSummary> Alarms { get; init; } = [];

    public IReadOnlyList<TimelineItem> AuditTrail { get; init; } = [];
}
