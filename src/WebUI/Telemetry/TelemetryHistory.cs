namespace CryoWeb.WebUI.Telemetry;

/// <summary>
/// The chart's memory on the server, bounded whatever the length of the procedure: the last
/// <see cref="FullRateWindow"/> at full rate (gap fill after a reconnect) and min/max buckets of
/// <see cref="OverviewBucket"/> for the whole running procedure (coarsened when full), or for the last hours when none
/// runs. Appended on the broadcaster's timer thread, read by hub calls; one lock, never taken by the feed thread.
/// </summary>
public sealed class TelemetryHistory
{
    public static readonly TimeSpan FullRateWindow = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan OverviewBucket = TimeSpan.FromSeconds(1);

    /// <summary>4 h of 1 s buckets before the first coarsening: about 2 MB with 16 channels.</summary>
    public const int OverviewCapacity = 4 * 3600;

    /// <summary>Most buckets one overview may ask for.</summary>
    public const int MaxOverviewPoints = 4000;

    private readonly Lock _gate = new();
    private readonly FullRateRing _recent;
    private readonly MinMaxBuckets _overview;
    private Guid? _procedure;

    public TelemetryHistory(int channels, int fullRateCapacity, int overviewCapacity = OverviewCapacity, long overviewBucketMilliseconds = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        ArgumentOutOfRangeException.ThrowIfLessThan(fullRateCapacity, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(overviewCapacity, 2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(overviewBucketMilliseconds);
        Channels = channels;
        _recent = new FullRateRing(channels, fullRateCapacity);
        _overview = new MinMaxBuckets(channels, overviewCapacity, overviewBucketMilliseconds);
    }

    public int Channels { get; }

    /// <summary>The procedure whose samples are kept, or null (then the last hours are kept).</summary>
    public Guid? ProcedureId
    {
        get
        {
            lock (_gate)
            {
                return _procedure;
            }
        }
    }

    /// <summary>Samples held at full rate now (never more than the capacity given).</summary>
    public int FullRateCount
    {
        get
        {
            lock (_gate)
            {
                return _recent.Count;
            }
        }
    }

    /// <summary>Min/max buckets held now (never more than the overview capacity).</summary>
    public int OverviewCount
    {
        get
        {
            lock (_gate)
            {
                return _overview.Count;
            }
        }
    }

    /// <summary>Full-rate capacity for <see cref="FullRateWindow"/> at one sample per control tick.</summary>
    public static int FullRateCapacityFor(TimeSpan tickPeriod) =>
        (int)Math.Ceiling(FullRateWindow / (tickPeriod > TimeSpan.Zero ? tickPeriod : TimeSpan.FromMilliseconds(100))) + 1;

    /// <summary>
    /// Follows the running procedure: a newly started one clears the history (its chart starts empty); when it ends
    /// the samples stay and the overview keeps rolling.
    /// </summary>
    public void Follow(Guid? runningProcedure)
    {
        lock (_gate)
        {
            if (runningProcedure == _procedure)
            {
                return;
            }

            if (runningProcedure is not null)
            {
                _recent.Clear();
                _overview.Clear();
            }

            _procedure = runningProcedure;
            _overview.KeepAll = runningProcedure is not null;
        }
    }

    /// <summary>Appends one sample (all channels, NaN where faulted). Times must increase.</summary>
    public void Append(long unixMs, ReadOnlySpan<float> row)
    {
        lock (_gate)
        {
            _recent.Append(unixMs, row);
            _overview.Add(unixMs, row);
        }
    }

    /// <summary>Every full-rate sample later than <paramref name="sinceUnixMs"/> (bounded by the full-rate window).</summary>
    public TelemetryHistorySlice After(long sinceUnixMs)
    {
        lock (_gate)
        {
            var (times, values, truncated) = _recent.After(sinceUnixMs);
            return new TelemetryHistorySlice(_procedure?.ToString("N"), times, values, truncated);
        }
    }

    /// <summary>The whole kept history in at most <paramref name="points"/> min/max buckets (2 to <see cref="MaxOverviewPoints"/>).</summary>
    public TelemetryOverview Overview(int points)
    {
        if (points < 2 || points > MaxOverviewPoints)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, $"points: {points} is not between 2 and {MaxOverviewPoints}.");
        }

        lock (_gate)
        {
            var (times, width, min, max) = _overview.Overview(points);
            return new TelemetryOverview(_procedure?.ToString("N"), times, width, min, max);
        }
    }
}
