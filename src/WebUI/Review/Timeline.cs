using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Storage;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// The clinical timeline of a procedure: probe-mode changes and alarm events in time order, in words. Every event of an
/// alarm repeats the detail shown when it was raised ("TS1 urethra at 2.3 °C"), and a sensor's alarm carries its
/// channel for the small print. Commands are in the <see cref="AuditTrail"/>.
/// </summary>
public static class Timeline
{
    public static IReadOnlyList<TimelineItem> Build(DateTimeOffset start, IEnumerable<AuditEvent> events, IEnumerable<StoredAlarmEvent> alarms)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(alarms);
        var alarmList = alarms.ToList();
        var raised = alarmList.Where(a => a.Action == AlarmAction.Raised && a.AlarmId is not null && a.Detail is not null)
            .GroupBy(a => (a.AlarmId, a.Key)).ToDictionary(g => g.Key, g => g.Last().Detail);
        var fromEvents = events
            .Where(e => e.Command == ProbeModeRecorder.Command && e.User == ProbeModeRecorder.User)
            .Select(e => Item(start, e.Time, TimelineItem.ProbeKind, ProbeText(e.Parameters), null, null));
        var fromAlarms = alarmList.Select(a => Item(start, a.Time, TimelineItem.AlarmKind, AlarmText(a, raised), a.User, a.Priority?.ToString()) with { Channel = SensorChannel(a) });
        return [.. fromEvents.Concat(fromAlarms).OrderBy(i => i.Time)];
    }

    private static TimelineItem Item(DateTimeOffset start, DateTimeOffset time, string kind, string text, string? user, string? priority) =>
        new(time, Math.Round((time - start).TotalSeconds, 1), kind, text, user, priority);

    private static string ProbeText(string parameters) =>
        ProbeModeRecorder.TryParse(parameters, out int probe, out var mode)
            ? $"Probe {probe}: {ReviewWords.Mode(mode)}{PowerOf(parameters)}"
            : parameters;

    private static string PowerOf(string parameters) =>
        parameters.Split(' ').FirstOrDefault(p => p.StartsWith("power=", StringComparison.Ordinal)) is { } power ? $" at {power[6..]} %" : "";

    private static string AlarmText(StoredAlarmEvent a, Dictionary<(long?, AlarmKey?), string?> raised)
    {
        if (a.Key is not { } key)
        {
            return char.ToUpperInvariant(ReviewWords.AlarmEvent(a.Action)[0]) + ReviewWords.AlarmEvent(a.Action)[1..];
        }

        string? detail = a.Action == AlarmAction.Raised ? a.Detail : raised.GetValueOrDefault((a.AlarmId, a.Key)) ?? a.Detail;
        string escalation = a.Action == AlarmAction.Escalated && a.Detail is { } d && d != detail ? $" ({d})" : "";
        return $"{AlarmSummarizer.Title(key.Condition)}{(detail is null ? "" : $": {detail}")} — {ReviewWords.AlarmEvent(a.Action)}{escalation}";
    }

    private static int? SensorChannel(StoredAlarmEvent a) =>
        a.Key is { Subject: >= 0 } key && key.Condition is AlarmCondition.CriticalStructureLimit or AlarmCondition.ThermocoupleFault
            or AlarmCondition.MarginReachedMinus20 or AlarmCondition.MarginReachedMinus40 ? key.Subject : null;
}
