using System.Globalization;

namespace CryoWeb.WebUI.Components.Console;

/// <summary>How the console writes numbers and times on tiles: one place, invariant culture, no NaN ever shown.</summary>
public static class ConsoleFormat
{
    /// <summary>
    /// A user-given name for plain text that HTML cannot isolate (a page title, an SVG tooltip): wrapped in FIRST STRONG
    /// ISOLATE ... POP DIRECTIONAL ISOLATE, so its direction (and any text-direction mark a record from before the input
    /// rules may hold) ends with it. In markup use a bdi element instead.
    /// </summary>
    public static string Isolated(string? text) => text is null ? string.Empty : $"\u2068{text}\u2069";

    /// <summary>"-123.4 °C", or the fault text (never a number) when the reading is not valid.</summary>
    public static string Celsius(double celsius, string? fault) =>
        fault is not null ? fault
        : double.IsFinite(celsius) ? celsius.ToString("0.0", CultureInfo.InvariantCulture) + " °C"
        : "no reading";

    /// <summary>A countdown as m:ss (minutes are not capped at 59: 75:00), rounded up so 0:00 means done.</summary>
    public static string Countdown(double seconds)
    {
        if (!double.IsFinite(seconds) || seconds <= 0)
        {
            return "0:00";
        }

        long whole = (long)Math.Ceiling(seconds);
        return string.Create(CultureInfo.InvariantCulture, $"{whole / 60}:{whole % 60:00}");
    }

    /// <summary>An elapsed time as h:mm:ss.</summary>
    public static string Clock(TimeSpan elapsed)
    {
        if (elapsed < TimeSpan.Zero)
        {
            elapsed = TimeSpan.Zero;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{(long)elapsed.TotalHours}:{elapsed.Minutes:00}:{elapsed.Seconds:00}");
    }

    /// <summary>A short length of time: "2 min" when whole minutes, else "90 s".</summary>
    public static string Duration(TimeSpan length)
    {
        long seconds = (long)Math.Ceiling(Math.Max(0, length.TotalSeconds));
        return seconds % 60 == 0 && seconds > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{seconds / 60} min")
            : string.Create(CultureInfo.InvariantCulture, $"{seconds} s");
    }

    public static string Number(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "—";
}
