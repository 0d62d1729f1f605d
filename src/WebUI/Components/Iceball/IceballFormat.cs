using System.Globalization;

namespace CryoWeb.WebUI.Components.Iceball;

/// <summary>
/// How the iceball views write numbers: invariant digits everywhere (SVG attributes must never get a decimal comma),
/// a true minus sign in text for people, and words instead of NaN.
/// </summary>
public static class IceballFormat
{
    /// <summary>A number for an SVG attribute: invariant, at most two decimals, no "-0".</summary>
    public static string Svg(double value)
    {
        double rounded = Math.Round(value, 2);
        return rounded == 0 ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>"−20 °C" for an isotherm (whole degrees).</summary>
    public static string Isotherm(double celsius) => Minus(celsius.ToString("0", CultureInfo.InvariantCulture)) + " °C";

    /// <summary>"−12.3 °C", or <paramref name="missing"/> when not a number.</summary>
    public static string Celsius(double celsius, string missing = "—") =>
        double.IsFinite(celsius) ? Minus(celsius.ToString("0.0", CultureInfo.InvariantCulture)) + " °C" : missing;

    /// <summary>"12.3 mm", or "—".</summary>
    public static string Mm(double mm) => double.IsFinite(mm) ? Minus(mm.ToString("0.0", CultureInfo.InvariantCulture)) + " mm" : "—";

    /// <summary>"31.0 × 42.5 mm" (width × length).</summary>
    public static string Size(double widthMm, double lengthMm) =>
        double.IsFinite(widthMm) && double.IsFinite(lengthMm)
            ? string.Create(CultureInfo.InvariantCulture, $"{widthMm:0.0} × {lengthMm:0.0} mm")
            : "—";

    /// <summary>"12.40 mL", or "—".</summary>
    public static string Milliliters(double milliliters) =>
        double.IsFinite(milliliters) ? milliliters.ToString("0.0#", CultureInfo.InvariantCulture) + " mL" : "—";

    /// <summary>"96.5 %", or "—".</summary>
    public static string Percent(double percent) =>
        double.IsFinite(percent) ? percent.ToString("0.#", CultureInfo.InvariantCulture) + " %" : "—";

    /// <summary>A tissue scale as "×1.15".</summary>
    public static string Scale(double scale) =>
        double.IsFinite(scale) ? "×" + scale.ToString("0.##", CultureInfo.InvariantCulture) : "—";

    /// <summary>Minutes of model time, "12.5 min".</summary>
    public static string Minutes(double minutes) =>
        double.IsFinite(minutes) ? minutes.ToString("0.#", CultureInfo.InvariantCulture) + " min" : "—";

    /// <summary>A sensor's name for this procedure, else "TS ch N" (N = its 0-based thermocouple channel).</summary>
    public static string Sensor(int channel, IReadOnlyDictionary<int, string>? names) =>
        names?.GetValueOrDefault(channel) ?? string.Create(CultureInfo.InvariantCulture, $"TS ch {channel}");

    private static string Minus(string text) => text.Replace('-', '\u2212');
}
