namespace CryoWeb.WebUI.Telemetry;

/// <summary>
/// Decimated history: per bucket (1 s to start with) the lowest and highest valid reading of every channel, in
/// preallocated arrays. When full it either halves its resolution (merging neighbours, so the whole procedure stays)
/// or drops its older half (the last hours when no procedure runs). Not thread-safe: <see cref="TelemetryHistory"/>
/// guards it.
/// </summary>
internal sealed class MinMaxBuckets(int channels, int capacity, long bucketMilliseconds)
{
    private readonly long[] _starts = new long[capacity];
    private readonly float[] _min = new float[capacity * channels];
    private readonly float[] _max = new float[capacity * channels];
    private readonly long _initialWidth = bucketMilliseconds;

    public int Count { get; private set; }

    public long WidthMilliseconds { get; private set; } = bucketMilliseconds;

    /// <summary>True: keep everything and coarsen when full. False: keep the most recent buckets only.</summary>
    public bool KeepAll { get; set; }

    public void Clear() => (Count, WidthMilliseconds) = (0, _initialWidth);

    public void Add(long unixMs, ReadOnlySpan<float> row)
    {
        if (Count > 0 && unixMs < _starts[Count - 1] + WidthMilliseconds)
        {
            int last = (Count - 1) * channels;
            for (int c = 0; c < channels; c++)
            {
                _min[last + c] = TelemetryColumns.Lower(_min[last + c], row[c]);
                _max[last + c] = TelemetryColumns.Higher(_max[last + c], row[c]);
            }

            return;
        }

        if (Count == capacity)
        {
            MakeRoom();
        }

        _starts[Count] = unixMs;
        row[..channels].CopyTo(_min.AsSpan(Count * channels, channels));
        row[..channels].CopyTo(_max.AsSpan(Count * channels, channels));
        Count++;
    }

    /// <summary>At most <paramref name="points"/> buckets, each the min and max of a run of stored buckets.</summary>
    public (long[] Times, long Width, IReadOnlyList<IReadOnlyList<float?>> Min, IReadOnlyList<IReadOnlyList<float?>> Max) Overview(int points)
    {
        int group = Math.Max(1, (Count + points - 1) / points);
        int n = (Count + group - 1) / group;
        var times = new long[n];
        var min = new float[n * channels];
        var max = new float[n * channels];
        min.AsSpan().Fill(float.NaN);
        max.AsSpan().Fill(float.NaN);
        for (int b = 0; b < Count; b++)
        {
            int j = b / group;
            if (b % group == 0)
            {
                times[j] = _starts[b];
            }

            Fold(min, max, j, b);
        }

        return (times, WidthMilliseconds * group, TelemetryColumns.From(min, channels, 0, n, Math.Max(n, 1)), TelemetryColumns.From(max, channels, 0, n, Math.Max(n, 1)));
    }

    private void MakeRoom()
    {
        if (!KeepAll)
        {
            int keep = capacity / 2;
            Array.Copy(_starts, Count - keep, _starts, 0, keep);
            Array.Copy(_min, (Count - keep) * channels, _min, 0, keep * channels);
            Array.Copy(_max, (Count - keep) * channels, _max, 0, keep * channels);
            Count = keep;
            return;
        }

        int merged = (Count + 1) / 2;
        for (int j = 0; j < merged; j++)
        {
            _starts[j] = _starts[2 * j];
            _min.AsSpan(2 * j * channels, channels).CopyTo(_min.AsSpan(j * channels, channels));
            _max.AsSpan(2 * j * channels, channels).CopyTo(_max.AsSpan(j * channels, channels));
            if ((2 * j) + 1 < Count)
            {
                Fold(_min, _max, j, (2 * j) + 1);
            }
        }

        Count = merged;
        WidthMilliseconds *= 2;
    }

    /// <summary>Folds stored bucket <paramref name="from"/> into row <paramref name="into"/> of the given arrays.</summary>
    private void Fold(float[] min, float[] max, int into, int from)
    {
        for (int c = 0; c < channels; c++)
        {
            min[(into * channels) + c] = TelemetryColumns.Lower(min[(into * channels) + c], _min[(from * channels) + c]);
            max[(into * channels) + c] = TelemetryColumns.Higher(max[(into * channels) + c], _max[(from * channels) + c]);
        }
    }
}
