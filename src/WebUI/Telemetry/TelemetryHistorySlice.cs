namespace CryoWeb.WebUI.Telemetry;

/// <summary>Full-rate samples after a time (the answer to <c>GetHistory</c>), laid out like a <see cref="TelemetryBatch"/>.</summary>
/// <param name="Truncated">Samples after the asked time existed but are no longer kept at full rate (older than the
/// full-rate window); the overview still covers them.</param>
public sealed record TelemetryHistorySlice(
    string? ProcedureId,
    IReadOnlyList<long> Times,
    IReadOnlyList<IReadOnlyList<float?>> Values,
    bool Truncated);
