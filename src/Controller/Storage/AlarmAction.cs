namespace CryoWeb.Controller.Storage;

/// <summary>What happened to an alarm condition, as written to the alarm log (IEC 60601-1-8 vocabulary).</summary>
public enum AlarmAction
{
    Raised,
    Cleared,
    Acknowledged,
    AudioPaused,
    Escalated,

    /// <summary>A latched alarm's condition came back before it was acknowledged.</summary>
    ConditionReturned,

    /// <summary>The alarm left the list (condition gone and, if latching, acknowledged).</summary>
    Ended,

    AudioResumed,

    AudioPauseExpired,
}
