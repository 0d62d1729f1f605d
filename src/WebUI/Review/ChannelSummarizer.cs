using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// Builds <see cref="ChannelSummary"/> from sample rows fed in time order. Each sample stands for the interval until
/// the next one, so times below a threshold follow the real sample intervals; an interval longer than
/// <see cref="MaxIntervalSeconds"/> (a recording gap) counts only that long, and the last sample, with no next one,
/// adds no time. A faulted (NaN) sample is counted and adds nothing. A channel with a limit (a critical structure's)
/// also counts its time at or below that limit.
/// </summary>
/// <param name="limits">Per channel, the limit in °C to count the time past, or null; none when omitted.</param>
public sealed class ChannelSummarizer(IReadOnlyList<string> channelNames, IReadOnlyList<double?>? limits = null)
{
    public const double MaxIntervalSeconds = 1.0;

    private readonly int _channels = channelNames?.Count ?? throw new ArgumentNullException(nameof(channelNames));
    private readonly double[] _minimum = Enumerable.Repeat(double.NaN, channelNames.Count).ToArray();
    private readonly double[] _below20 = new double[channelNames.Count];
    private readonly double[] _below40 = new double[channelNames.Count];
    private readonly double[] _pastLimit = new double[channelNames.Count];
    private readonly double[] _limit = [.. Enumerable.Range(0, channelNames.Count).Select(c => limits is not null && c < limits.Count && limits[c] is { } l ? l : double.NaN)];
    private readonly int[] _faulted = new int[channelNames.Count];
    private SampleRow? _previous;
    private int _samples;

    public int Samples => _samples;

    public void Add(SampleRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (_previous is { } previous)
        {
            double seconds = Math.Clamp((row.Time - previous.Time).TotalSeconds, 0, MaxIntervalSeconds);
            for (int c = 0; c < _channels; c++)
            {
                double v = ValueAt(previous, c);
                _below20[c] += v <= -20 ? seconds : 0;
                _below40[c] += v <= -40 ? seconds : 0;
                _pastLimit[c] += v <= _limit[c] ? seconds : 0;
            }
        }

        _samples++;
        for (int c = 0; c < _channels; c++)
        {
            double v = ValueAt(row, c);
            if (double.IsNaN(v))
            {
                _faulted[c]++;
            }
            else if (double.IsNaN(_minimum[c]) || v < _minimum[c])
            {
                _minimum[c] = v;
            }
        }

        _previous = row;
    }

    public IReadOnlyList<ChannelSummary> Result() =>
        [.. channelNames.Select((name, c) => new ChannelSummary(
            c,
            name,
            double.IsNaN(_minimum[c]) ? null : Math.Round(_minimum[c], 2),
            Math.Round(_below20[c], 3),
            Math.Round(_below40[c], 3),
            _samples,
            _faulted[c])
        {
            SecondsAtOrBelowLimit = double.IsNaN(_limit[c]) ? null : Math.Round(_pastLimit[c], 3),
        })];

    private static double ValueAt(SampleRow row, int channel) =>
        channel < row.ChannelCelsius.Count && float.IsFinite(row.ChannelCelsius[channel]) ? row.ChannelCelsius[channel] : double.NaN;
}
