namespace CryoWeb.WebUI.Review;

/// <summary>
/// One entry of a procedure's timeline: a command (who did what), a probe-mode change or an alarm event, at an
/// instant and at seconds since the start (the chart's axis).
/// </summary>
/// <param name="Kind">"command", "probe" or "alarm".</param>
/// <param name="Priority">The alarm's priority (High, Medium, Low, Information), null for anything else.</param>
public sealed record TimelineItem(DateTimeOffset Time, double ElapsedSeconds, string Kind, string Text, string? User, string? Priority)
{
    public const string CommandKind = "command";
    public const string ProbeKind = "probe";
    public const string AlarmKind = "alarm";

    public long TimeMs => Time.ToUnixTimeMilliseconds();

    /// <summary>The sensor channel an alarm is about, for the small print beside its name; null otherwise.</summary>
    public int? Channel { get; init; }
}
