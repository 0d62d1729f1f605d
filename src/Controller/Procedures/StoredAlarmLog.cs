using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Storage;

namespace CryoWeb.Controller.Procedures;

/// <summary>Turns the alarm manager's log entries into stored alarm events, tagged with the running procedure.</summary>
public static class StoredAlarmLog
{
    public static StoredAlarmEvent From(AlarmLogEntry entry, Guid? procedureId)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new StoredAlarmEvent
        {
            ProcedureId = procedureId,
            Time = entry.Time,
            Key = entry.Key,
            Priority = entry.Priority,
            Action = entry.Event switch
            {
                AlarmLogEvent.Raised => AlarmAction.Raised,
                AlarmLogEvent.ConditionCleared => AlarmAction.Cleared,
                AlarmLogEvent.ConditionReturned => AlarmAction.ConditionReturned,
                AlarmLogEvent.Acknowledged => AlarmAction.Acknowledged,
                AlarmLogEvent.Escalated => AlarmAction.Escalated,
                AlarmLogEvent.Ended => AlarmAction.Ended,
                AlarmLogEvent.AudioPaused => AlarmAction.AudioPaused,
                AlarmLogEvent.AudioResumed => AlarmAction.AudioResumed,
                _ => AlarmAction.AudioPauseExpired,
            },
            User = entry.User,
            AlarmId = entry.AlarmId,
            Detail = entry.Detail,
        };
    }
}
