namespace CryoWeb.Controller.Alarms;

/// <summary>Outcome of <see cref="AlarmManager.Acknowledge"/>.</summary>
public enum AcknowledgeResult
{
    /// <summary>Acknowledged: it stops sounding; it ends now if its condition had cleared, else when it clears.</summary>
    Acknowledged,

    /// <summary>No shown alarm has that id (never existed, or already ended).</summary>
    UnknownAlarm,

    /// <summary>Someone acknowledged it before; nothing changed.</summary>
    AlreadyAcknowledged,

    /// <summary>It is an information signal, which needs no acknowledgement and cannot be acknowledged.</summary>
    InformationSignal,
}
