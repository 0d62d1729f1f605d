namespace CryoWeb.Controller.ControlThread;

/// <summary>
/// Tick lateness in fixed 10 microsecond buckets up to 50 ms (beyond: the last bucket), plus the exact maximum.
/// Recording is two interlocked operations and allocates nothing; percentiles are computed by readers.
/// </summary>
public sealed class TickLatencyHistogram
{
    public const double BucketMilliseconds = 0.01;
    private const int Buckets = 5000;
    private readonly long[] _counts = new long[Buckets + 1];
    private long _maxMicroseconds;
    private long _total;

    public long Count => Interlocked.Read(ref _total);

    public double MaxMilliseconds => Interlocked.Read(ref _maxMicroseconds) / 1000.0;

    public void Record(double latenessMilliseconds)
    {
        double clamped = Math.Max(latenessMilliseconds, 0);
        int bucket = (int)Math.Min(clamped / BucketMilliseconds, Buckets);
        Interlocked.Increment(ref _counts[bucket]);
        Interlocked.Increment(ref _total);
        long micro = (long)(clamped * 1000);
        long seen = Interlocked.Read(ref _maxMicroseconds);
        while (micro > seen)
        {
            long previous = Interlocked.CompareExchange(ref _maxMicroseconds, micro, seen);
            if (previous == seen)
            {
                break;
            }

            seen = previous;
        }
    }

    /// <summary>The lateness (ms, upper edge of its bucket) below which <paramref name="fraction"/> of ticks fall.</summary>
    public double Percentile(double fraction)
    {
        long total = Count;
        if (total == 0)
        {
            return 0;
        }

        long wanted = (long)Math.Ceiling(fraction * total);
        long seen = 0;
        for (int i = 0; i <= Buckets; i++)
        {
            seen += Interlocked.Read(ref _counts[i]);
            if (seen >= wanted)
            {
                return i == Buckets ? MaxMilliseconds : (i + 1) * BucketMilliseconds;
            }
        }

        return MaxMilliseconds;
    }

    /// <summary>The buckets holding at least one tick, as (bucket index, count); bucket i covers [i, i+1) x <see cref="BucketMilliseconds"/>, the last one everything from 50 ms.</summary>
    public IReadOnlyList<KeyValuePair<int, long>> NonEmptyBuckets()
    {
        var buckets = new List<KeyValuePair<int, long>>();
        for (int i = 0; i <= Buckets; i++)
        {
            long count = Interlocked.Read(ref _counts[i]);
            if (count > 0)
            {
                buckets.Add(new KeyValuePair<int, long>(i, count));
            }
        }

        return buckets;
    }
}
