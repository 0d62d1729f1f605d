namespace CryoWeb.Controller.Alarms;

/// <summary>Where a shown alarm is in its life.</summary>
public enum AlarmState
{
    /// <summary>Condition present, not acknowledged: sounds (unless an information signal or audio is paused).</summary>
    Active,

    /// <summary>Condition present, acknowledged: shown, silent; ends when the condition clears.</summary>
    Acknowledged,

    /// <summary>Latched: the condition cleared but nobody acknowledged yet; shown and sounding until acknowledged.</summary>
    ClearedAwaitingAcknowledgement,
}
