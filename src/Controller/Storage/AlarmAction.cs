namespace CryoWeb.Controller.Storage;

/// <summary>What happened to an alarm condition, as written to the alarm log (IEC 60601-1-8 vocabulary).</summary>
public enum AlarmAction
{
    Raised,
    Cleared,
    Acknowledged,
    AudioPaused,
    Escalated,
}
