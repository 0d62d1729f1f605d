using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Review;

/// <summary>Everything the detail page and GET /api/procedures/{id} show about one recorded procedure (curves aside).</summary>
public sealed record ProcedureDetail(
    ProcedureRecord Procedure,
    int SampleCount,
    int AlarmCount,
    IReadOnlyList<ChannelSummary> Channels,
    IReadOnlyList<ProbeSummary> Probes,
    IReadOnlyList<TimelineItem> Timeline);
