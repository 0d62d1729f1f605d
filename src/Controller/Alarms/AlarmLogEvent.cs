namespace CryoWeb.Controller.Alarms;

/// <summary>What an <see cref="AlarmLogEntry"/> records.</summary>
public enum AlarmLogEvent
{
    /// <summary>A condition became present and a new alarm (or information signal) was created.</summary>
    Raised,

    /// <summary>The condition of an alarm is no longer present.</summary>
    ConditionCleared,

    /// <summary>The condition of a latched alarm, cleared but not yet acknowledged, is present again (same alarm).</summary>
    ConditionReturned,

    /// <summary>A user acknowledged the alarm.</summary>
    Acknowledged,

    /// <summary>The alarm stayed unacknowledged with its condition present for the escalation delay and was raised one priority.</summary>
    Escalated,

    /// <summary>The alarm is no longer shown.</summary>
    Ended,

    /// <summary>A user paused the audio.</summary>
    AudioPaused,

    /// <summary>A user ended the audio pause early.</summary>
    AudioResumed,

    /// <summary>The audio pause ran out.</summary>
    AudioPauseExpired,
}
