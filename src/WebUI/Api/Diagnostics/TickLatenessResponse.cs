namespace CryoWeb.WebUI.Api.Diagnostics;

/// <summary>
/// The control loop's whole tick-lateness histogram since start: <see cref="Buckets"/> are [index, count] pairs of the
/// non-empty buckets, bucket i covering [i, i+1) x <see cref="BucketMilliseconds"/> (the last one everything beyond).
/// Two readings subtracted give the histogram of the ticks in between, which is what benchmarks use.
/// </summary>
public sealed record TickLatenessResponse(double BucketMilliseconds, long Ticks, double MaxMilliseconds, long Overruns, IReadOnlyList<long[]> Buckets);
