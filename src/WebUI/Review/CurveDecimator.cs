using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// Min/max decimation of sample rows into at most <c>points</c> time buckets per channel, in one pass and bounded
/// memory. While a range holds no more samples than <c>points</c>, every sample is kept (full resolution). Beyond that,
/// each bucket keeps, for every channel, its minimum and its maximum in the order they occurred, at the bucket's first
/// and last sample times, so no peak is lost however long the record. Invalid readings (NaN) take no part; a bucket with
/// none valid leaves a gap (null).
/// </summary>
public sealed class CurveDecimator
{
    private readonly int _channels;
    private readonly int _points;
    private readonly long _fromTicks;
    private readonly long _spanTicks;
    private readonly List<SampleRow> _raw = [];
    private Bucket[]? _buckets;
    private int _count;

    public CurveDecimator(int channels, DateTimeOffset from, DateTimeOffset to, int points)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(points);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(to, from);
        (_channels, _points, _fromTicks, _spanTicks) = (channels, points, from.UtcTicks, to.UtcTicks - from.UtcTicks);
        From = from;
        To = to;
    }

    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    public void Add(SampleRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        _count++;
        if (_buckets is null)
        {
            _raw.Add(row);
            if (_raw.Count <= _points)
            {
                return;
            }

            _buckets = new Bucket[_points];
            foreach (var held in _raw)
            {
                Fold(held);
            }

            _raw.Clear();
            return;
        }

        Fold(row);
    }

    public CurveSet Result(IReadOnlyList<string> channelNames)
    {
        var times = new List<long>();
        var values = Enumerable.Range(0, _channels).Select(_ => new List<double?>()).ToArray();
        if (_buckets is null)
        {
            foreach (var row in _raw)
            {
                times.Add(row.Time.ToUnixTimeMilliseconds());
                for (int c = 0; c < _channels; c++)
                {
                    values[c].Add(Round(ValueAt(row, c)));
                }
            }
        }
        else
        {
            foreach (var bucket in _buckets.Where(b => b is not null))
            {
                bucket.AppendTo(times, values);
            }
        }

        return new(From.ToUnixTimeMilliseconds(), To.ToUnixTimeMilliseconds(), _buckets is not null, _count, channelNames, times, values);
    }

    internal static double? Round(float value) => float.IsFinite(value) ? Math.Round(value, 2) : null;

    private static float ValueAt(SampleRow row, int channel) => channel < row.ChannelCelsius.Count ? row.ChannelCelsius[channel] : float.NaN;

    private void Fold(SampleRow row)
    {
        long offset = Math.Clamp(row.Time.UtcTicks - _fromTicks, 0, _spanTicks - 1);
        int index = (int)(offset * (Int128)_points / _spanTicks);
        var bucket = _buckets![index] ??= new Bucket(_channels, row.Time);
        bucket.Add(row);
    }

    /// <summary>One time bucket: per channel the minimum and maximum and when each happened.</summary>
    private sealed class Bucket(int channels, DateTimeOffset start)
    {
        private readonly float[] _min = Enumerable.Repeat(float.NaN, channels).ToArray();
        private readonly float[] _max = Enumerable.Repeat(float.NaN, channels).ToArray();
        private readonly long[] _minAt = new long[channels];
        private readonly long[] _maxAt = new long[channels];
        private readonly DateTimeOffset _first = start;
        private DateTimeOffset _last = start;

        public void Add(SampleRow row)
        {
            var time = row.Time;
            _last = time;
            for (int c = 0; c < _min.Length; c++)
            {
                float v = ValueAt(row, c);
                if (!float.IsFinite(v))
                {
                    continue;
                }

                if (float.IsNaN(_min[c]) || v < _min[c])
                {
                    (_min[c], _minAt[c]) = (v, time.UtcTicks);
                }

                if (float.IsNaN(_max[c]) || v > _max[c])
                {
                    (_max[c], _maxAt[c]) = (v, time.UtcTicks);
                }
            }
        }

        public void AppendTo(List<long> times, List<double?>[] values)
        {
            bool two = _last > _first;
            times.Add(_first.ToUnixTimeMilliseconds());
            if (two)
            {
                times.Add(_last.ToUnixTimeMilliseconds());
            }

            for (int c = 0; c < _min.Length; c++)
            {
                bool minFirst = _minAt[c] <= _maxAt[c];
                values[c].Add(Round(minFirst ? _min[c] : _max[c]));
                if (two)
                {
                    values[c].Add(Round(minFirst ? _max[c] : _min[c]));
                }
            }
        }
    }
}
