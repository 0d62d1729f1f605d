using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// The audit trail of one procedure, on its own after the clinical summary: who asked for what and how it ended.
/// Kept: the commands stored with this procedure (accepted or refused, by whoever sent them), from its creation to its
/// end. Left out: security events (sign-ins, lockouts, user administration: the console's audit log, not the
/// patient's record, even where an older record holds some), the console's own probe-mode records (on the timeline),
/// and anything stamped outside the procedure's span.
/// </summary>
public static class AuditTrail
{
    /// <summary>The trail in words (<see cref="AuditWords"/>); <paramref name="alarms"/> name the alarms acknowledged.</summary>
    public static IReadOnlyList<TimelineItem> Build(ProcedureRecord record, IEnumerable<AuditEvent> events, DateTimeOffset end, IEnumerable<StoredAlarmEvent>? alarms = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(events);
        var start = record.StartedAt ?? record.CreatedAt;
        var alarmNames = AuditWords.AlarmNames(alarms ?? []);
        return [.. events
            .Where(e => Belongs(record, e, end))
            .OrderBy(e => e.Time)
            .Select(e => new TimelineItem(e.Time, Math.Round((e.Time - start).TotalSeconds, 1), TimelineItem.CommandKind, AuditWords.Line(e, alarmNames), e.User, null))];
    }

    public static bool Belongs(ProcedureRecord record, AuditEvent e, DateTimeOffset end)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(e);
        return e.ProcedureId == record.Id
            && !SecurityAudit.IsSecurityEvent(e.Command)
            && !(e.Command == ProbeModeRecorder.Command && e.User == ProbeModeRecorder.User)
            && e.Time >= record.CreatedAt && e.Time <= end;
    }
}
