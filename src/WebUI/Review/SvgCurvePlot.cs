using System.Globalization;
using System.Text;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// Lays a <see cref="CurveSet"/> out as SVG paths for the printable report (no script needed to print it): one path
/// per channel, broken where a reading was invalid, the 0 / −20 / −40 °C guide lines and minute ticks.
/// </summary>
public sealed class SvgCurvePlot
{
    public const double Width = 960;
    public const double Height = 340;
    public const double Left = 48;
    public const double Bottom = 24;
    public static readonly IReadOnlyList<string> Palette = ["#4cc9f0", "#f72585", "#ffd166", "#06d6a0", "#b388ff", "#ff8c42", "#90be6d", "#e0e0e0"];
    public static readonly IReadOnlyList<double> GuidesCelsius = [0, -20, -40];

    private readonly long _fromMs;
    private readonly long _spanMs;
    private readonly double _top;
    private readonly double _bottom;

    public SvgCurvePlot(CurveSet curves)
    {
        ArgumentNullException.ThrowIfNull(curves);
        var values = curves.Values.SelectMany(v => v).OfType<double>().ToArray();
        _top = Math.Ceiling(Math.Max(values.Length > 0 ? values.Max() : 20, 20) / 10) * 10;
        _bottom = Math.Floor(Math.Min(values.Length > 0 ? values.Min() : -40, -50) / 10) * 10;
        _fromMs = curves.TimesMs.Count > 0 ? curves.TimesMs[0] : curves.FromMs;
        _spanMs = Math.Max(1, (curves.TimesMs.Count > 0 ? curves.TimesMs[^1] : curves.ToMs) - _fromMs);
        Paths = [.. curves.Values.Select((v, c) => (curves.Channels[c], Palette[c % Palette.Count], PathOf(curves.TimesMs, v), c))];
        Guides = [.. GuidesCelsius.Select(g => (Label(g), Y(g)))];
        int stepMinutes = NiceStep(_spanMs / 60000.0);
        Ticks = [.. Enumerable.Range(0, (int)(_spanMs / 60000.0 / stepMinutes) + 1).Select(i => ($"{i * stepMinutes} min", X(_fromMs + (i * stepMinutes * 60000L))))];
    }

    public IReadOnlyList<(string Name, string Colour, string Path, int Channel)> Paths { get; }

    public IReadOnlyList<(string Label, double Y)> Guides { get; }

    public IReadOnlyList<(string Label, double X)> Ticks { get; }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Label(double celsius) => celsius.ToString("0", CultureInfo.InvariantCulture).Replace('-', '\u2212') + " °C";

    private static int NiceStep(double minutes) => minutes switch { <= 10 => 1, <= 30 => 5, <= 90 => 10, <= 240 => 30, _ => 60 };

    private double X(long ms) => Left + ((ms - _fromMs) * (Width - Left - 8) / _spanMs);

    private double Y(double celsius) => 8 + ((_top - celsius) * (Height - Bottom - 8) / (_top - _bottom));

    private string PathOf(IReadOnlyList<long> times, IReadOnlyList<double?> values)
    {
        var path = new StringBuilder();
        bool drawing = false;
        for (int i = 0; i < times.Count; i++)
        {
            if (values[i] is not double v)
            {
                drawing = false;
                continue;
            }

            path.Append(drawing ? 'L' : 'M').Append(Number(X(times[i]))).Append(' ').Append(Number(Y(v))).Append(' ');
            drawing = true;
        }

        return path.ToString().TrimEnd();
    }
}
