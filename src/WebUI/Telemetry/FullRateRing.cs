namespace CryoWeb.WebUI.Telemetry;

/// <summary>
/// The most recent samples at full rate in a preallocated ring (all channels of a time in one row). Not thread-safe:
/// <see cref="TelemetryHistory"/> guards it.
/// </summary>
internal sealed class FullRateRing(int channels, int capacity)
{
    private readonly long[] _times = new long[capacity];
    private readonly float[] _rows = new float[capacity * channels];
    private int _start;
    private bool _overwrote;

    public int Count { get; private set; }

    public int Capacity => capacity;

    public void Append(long unixMs, ReadOnlySpan<float> row)
    {
        int slot;
        if (Count == capacity)
        {
            slot = _start;
            _start = (_start + 1) % capacity;
            _overwrote = true;
        }
        else
        {
            slot = (_start + Count) % capacity;
            Count++;
        }

        _times[slot] = unixMs;
        row[..channels].CopyTo(_rows.AsSpan(slot * channels, channels));
    }

    public void Clear() => (_start, Count, _overwrote) = (0, 0, false);

    /// <summary>Every kept sample later than <paramref name="sinceUnixMs"/>, and whether some later ones were already dropped.</summary>
    public (long[] Times, IReadOnlyList<IReadOnlyList<float?>> Values, bool Truncated) After(long sinceUnixMs)
    {
        int first = FirstAfter(sinceUnixMs);
        int count = Count - first;
        bool truncated = _overwrote && (Count == 0 || TimeAt(0) > sinceUnixMs);
        int slot = (_start + first) % capacity;
        return (TelemetryColumns.Times(_times, slot, count), TelemetryColumns.From(_rows, channels, slot, count, capacity), truncated);
    }

    private long TimeAt(int index) => _times[(_start + index) % capacity];

    /// <summary>Index (0 = oldest) of the first sample later than the time; times only increase, so a binary search.</summary>
    private int FirstAfter(long sinceUnixMs)
    {
        int low = 0;
        int high = Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (TimeAt(middle) > sinceUnixMs)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
