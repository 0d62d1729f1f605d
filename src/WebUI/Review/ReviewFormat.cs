using System.Globalization;
using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Review;

/// <summary>How the review pages write times, durations and temperatures (invariant digits); times of day come from the console's one zone (<see cref="CryoWeb.WebUI.Clock.ConsoleTimeZone"/>).</summary>
public static class ReviewFormat
{
    /// <summary>"1:02:03" from an hour on, else "2:03"; "—" when unknown.</summary>
    public static string Duration(TimeSpan? span) => span switch
    {
        null => "—",
        { TotalHours: >= 1 } s => string.Create(CultureInfo.InvariantCulture, $"{(int)s.TotalHours}:{s.Minutes:00}:{s.Seconds:00}"),
        { } s => string.Create(CultureInfo.InvariantCulture, $"{(int)s.TotalMinutes}:{s.Seconds:00}"),
    };

    /// <summary>Start to end of a record; "—" while it runs or if it never started.</summary>
    public static string DurationOf(ProcedureRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Duration(record.StartedAt is { } start && record.EndedAt is { } end ? end - start : null);
    }

    public static string Seconds(double seconds) => Duration(TimeSpan.FromSeconds(Math.Round(seconds)));

    /// <summary>"−45.2 °C" (a true minus sign), or "—" when there is no valid reading.</summary>
    public static string Celsius(double? celsius) =>
        celsius is { } c ? c.ToString("0.0", CultureInfo.InvariantCulture).Replace('-', '\u2212') + " °C" : "—";
}
