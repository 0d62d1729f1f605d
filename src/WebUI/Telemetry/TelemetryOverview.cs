namespace CryoWeb.WebUI.Telemetry;

/// <summary>The whole procedure (or the last hours) min/max decimated: per bucket, the lowest and highest reading.</summary>
/// <param name="Times">Bucket start times, unix milliseconds, increasing.</param>
/// <param name="BucketMilliseconds">Width of each bucket (the last one may still be filling).</param>
/// <param name="Min">Per channel, the lowest valid reading in each bucket; null when every reading was faulted.</param>
/// <param name="Max">Per channel, the highest valid reading in each bucket; null when every reading was faulted.</param>
public sealed record TelemetryOverview(
    string? ProcedureId,
    IReadOnlyList<long> Times,
    long BucketMilliseconds,
    IReadOnlyList<IReadOnlyList<float?>> Min,
    IReadOnlyList<IReadOnlyList<float?>> Max);
