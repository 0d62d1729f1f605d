using System.Text.Json;

namespace CryoWeb.Bench.Harness;

/// <summary>
/// The console's tick-lateness histogram at one moment (10 us buckets). <see cref="Since"/> gives the ticks between two
/// snapshots, so a benchmark window leaves out start-up and warm-up.
/// </summary>
public sealed class LatenessSnapshot
{
    private readonly Dictionary<int, long> _counts;

    private LatenessSnapshot(double bucketMilliseconds, Dictionary<int, long> counts, long overruns, double wholeRunMaxMilliseconds)
    {
        BucketMilliseconds = bucketMilliseconds;
        _counts = counts;
        Overruns = overruns;
        WholeRunMaxMilliseconds = wholeRunMaxMilliseconds;
    }

    public double BucketMilliseconds { get; }

    public long Overruns { get; }

    public double WholeRunMaxMilliseconds { get; }

    public long Ticks => _counts.Values.Sum();

    public static LatenessSnapshot From(JsonElement body)
    {
        var counts = new Dictionary<int, long>();
        foreach (var bucket in body.GetProperty("buckets").EnumerateArray())
        {
            counts[bucket[0].GetInt32()] = bucket[1].GetInt64();
        }

        return new LatenessSnapshot(body.GetProperty("bucketMilliseconds").GetDouble(), counts, body.GetProperty("overruns").GetInt64(), body.GetProperty("maxMilliseconds").GetDouble());
    }

    /// <summary>The ticks recorded after <paramref name="earlier"/> was taken.</summary>
    public LatenessSnapshot Since(LatenessSnapshot earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var counts = new Dictionary<int, long>();
        foreach (var (bucket, count) in _counts)
        {
            long difference = count - earlier._counts.GetValueOrDefault(bucket);
            if (difference > 0)
            {
                counts[bucket] = difference;
            }
        }

        return new LatenessSnapshot(BucketMilliseconds, counts, Overruns - earlier.Overruns, WholeRunMaxMilliseconds);
    }

    /// <summary>Ticks that started more than <paramref name="milliseconds"/> late.</summary>
    public long LaterThan(double milliseconds) => _counts.Where(c => c.Key * BucketMilliseconds >= milliseconds).Sum(c => c.Value);

    /// <summary>Upper edge (ms) of the bucket holding the <paramref name="fraction"/> quantile.</summary>
    public double Percentile(double fraction)
    {
        long wanted = (long)Math.Ceiling(fraction * Ticks);
        long seen = 0;
        foreach (var (bucket, count) in _counts.OrderBy(c => c.Key))
        {
            seen += count;
            if (seen >= Math.Max(wanted, 1))
            {
                return (bucket + 1) * BucketMilliseconds;
            }
        }

        return 0;
    }

    /// <summary>Upper edge (ms) of the highest non-empty bucket; from 50 ms on, the console's exact whole-run maximum.</summary>
    public double MaxMilliseconds
    {
        get
        {
            if (_counts.Count == 0)
            {
                return 0;
            }

            int top = _counts.Keys.Max();
            return top >= 5000 ? WholeRunMaxMilliseconds : (top + 1) * BucketMilliseconds;
        }
    }

    public string Describe() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ticks {Ticks,6}  p50 {Percentile(0.5),6:F2} ms  p99 {Percentile(0.99),6:F2} ms  p99.9 {Percentile(0.999),6:F2} ms  max {MaxMilliseconds,6:F2} ms  over 1 ms {LaterThan(1),3}  overruns {Overruns}");
}
