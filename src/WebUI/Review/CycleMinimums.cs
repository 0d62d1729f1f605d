using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// The lowest valid reading of one channel in each of several time windows (e.g. a probe's tip over each freeze-thaw
/// cycle), from sample rows fed in time order. A window includes its start and its end; invalid readings take no part.
/// </summary>
public sealed class CycleMinimums
{
    private readonly (int Channel, DateTimeOffset From, DateTimeOffset To)[] _windows;
    private readonly double[] _minimum;

    public CycleMinimums(IEnumerable<(int Channel, DateTimeOffset From, DateTimeOffset To)> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        _windows = [.. windows];
        _minimum = [.. _windows.Select(_ => double.NaN)];
    }

    public void Add(SampleRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        for (int w = 0; w < _windows.Length; w++)
        {
            var (channel, from, to) = _windows[w];
            if (row.Time >= from && row.Time <= to && channel >= 0 && channel < row.ChannelCelsius.Count
                && float.IsFinite(row.ChannelCelsius[channel]) && (double.IsNaN(_minimum[w]) || row.ChannelCelsius[channel] < _minimum[w]))
            {
                _minimum[w] = row.ChannelCelsius[channel];
            }
        }
    }

    /// <summary>Per window, in the order given: the minimum rounded to 0.01 °C, or null when no valid reading fell in it.</summary>
    public IReadOnlyList<double?> Result() => [.. _minimum.Select(m => double.IsNaN(m) ? (double?)null : Math.Round(m, 2))];
}
