namespace CryoWeb.WebUI.Clock;

/// <summary>
/// The console's time zone (section <c>Console</c>, key <c>TimeZone</c>): an IANA id such as <c>Europe/Paris</c>.
/// Every time the console shows (live, alarms, review, report, chart axes) is in this zone, whatever the browser's.
/// </summary>
public sealed class ConsoleTimeZoneOptions
{
    public const string SectionName = "Console";
    public const string DefaultTimeZone = "Europe/Paris";

    public string TimeZone { get; set; } = DefaultTimeZone;

    /// <summary>The first thing wrong, naming the key; null when the zone is known to this machine by its IANA id.</summary>
    public string? Problem() =>
        Find(TimeZone) is null
            ? $"{SectionName}:{nameof(TimeZone)}: '{TimeZone}' is not an IANA time zone id known to this machine (such as {DefaultTimeZone} or UTC)."
            : null;

    /// <summary>The zone of an IANA id; null for an unknown id or a Windows id.</summary>
    internal static TimeZoneInfo? Find(string? ianaId) =>
        !string.IsNullOrWhiteSpace(ianaId) && TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone) && zone.HasIanaId ? zone : null;
}
