using System.Globalization;

namespace CryoWeb.WebUI.Clock;

/// <summary>
/// The console's one time zone and its one clock format: 24-hour, invariant digits ("14:03:07"), with the zone
/// said once per view (<see cref="Caption"/>: "Times in Europe/Paris (UTC+01:00)"). Used by the live page, the alarm
/// bar, the review, the report, and by the charts through <see cref="IanaId"/> (their <c>data-time-zone</c>).
/// </summary>
public sealed class ConsoleTimeZone
{
    /// <exception cref="ArgumentException"><paramref name="ianaId"/> is not an IANA id known to this machine.</exception>
    public ConsoleTimeZone(string ianaId)
    {
        Zone = ConsoleTimeZoneOptions.Find(ianaId)
            ?? throw new ArgumentException(new ConsoleTimeZoneOptions { TimeZone = ianaId }.Problem(), nameof(ianaId));
        IanaId = ianaId;
    }

    /// <summary>The configured IANA id, e.g. "Europe/Paris" (what the charts' <c>data-time-zone</c> carries).</summary>
    public string IanaId { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>The instant as the console's wall clock shows it.</summary>
    public DateTimeOffset Local(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Zone);

    /// <summary>"14:03:07" (24-hour) in the console's zone.</summary>
    public string Clock(DateTimeOffset time) => Local(time).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>"2026-11-25 14:03" in the console's zone; "—" when unknown.</summary>
    public string Date(DateTimeOffset? time) =>
        time is { } t ? Local(t).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    /// <summary>The instant <paramref name="day"/> starts on the console's clock (midnight there; for a day that starts
    /// in a daylight-saving gap, the first valid instant).</summary>
    public DateTimeOffset StartOfDay(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        while (Zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(30);
        }

        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
    }

    /// <summary>"UTC+01:00" at <paramref name="time"/> (the offset changes with daylight saving time).</summary>
    public string Offset(DateTimeOffset time)
    {
        var offset = Zone.GetUtcOffset(time);
        return string.Create(CultureInfo.InvariantCulture, $"UTC{(offset < TimeSpan.Zero ? '-' : '+')}{offset.Duration():hh\\:mm}");
    }

    /// <summary>"Times in Europe/Paris (UTC+01:00)": said once on every view that shows times.</summary>
    public string Caption(DateTimeOffset time) => $"Times in {IanaId} ({Offset(time)})";
}
