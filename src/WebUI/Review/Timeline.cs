using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Review;

/// <summary>Merges a procedure's audit events and alarm log into one timeline in time order.</summary>
public static class Timeline
{
    public static IReadOnlyList<TimelineItem> Build(DateTimeOffset start, IEnumerable<AuditEvent> events, IEnumerable<StoredAlarmEvent> alarms)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(alarms);
        var fromEvents = events.Select(e => e.Command == ProbeModeRecorder.Command && e.User == ProbeModeRecorder.User
            ? Item(start, e.Time, TimelineItem.ProbeKind, ProbeText(e.Parameters), e.User, null)
            : Item(start, e.Time, TimelineItem.CommandKind, CommandText(e), e.User, null));
        var fromAlarms = alarms.Select(a => Item(start, a.Time, TimelineItem.AlarmKind, AlarmText(a), a.User, a.Priority?.ToString()));
        return [.. fromEvents.Concat(fromAlarms).OrderBy(i => i.Time)];
    }

    private static TimelineItem Item(DateTimeOffset start, DateTimeOffset time, string kind, string text, string? user, string? priority) =>
        new(time, Math.Round((time - start).TotalSeconds, 1), kind, text, user, priority);

    private static string ProbeText(string parameters) =>
        ProbeModeRecorder.TryParse(parameters, out int probe, out var mode)
            ? $"Probe {probe}: {mode}{PowerOf(parameters)}"
            : parameters;

    private static string PowerOf(string parameters) =>
        parameters.Split(' ').FirstOrDefault(p => p.StartsWith("power=", StringComparison.Ordinal)) is { } power ? $" at {power[6..]} %" : "";

    private static string CommandText(AuditEvent e) =>
        $"{e.Command}{(e.Parameters.Length > 0 ? " " + e.Parameters : "")}: {e.Outcome}";

    private static string AlarmText(StoredAlarmEvent a)
    {
        string subject = a.Detail ?? (a.Key is { } key ? key.Condition.ToString() : "audio");
        return a.Key is null ? $"Alarm audio: {a.Action}" : $"{a.Key.Value.Condition} {a.Action}: {subject}";
    }
}
