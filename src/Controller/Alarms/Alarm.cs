using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Alarms;

/// <summary>
/// One shown alarm (or information signal) as of an <see cref="AlarmSnapshot"/>. Immutable: safe on any thread.
/// </summary>
/// <param name="Id">Unique per manager; what <see cref="AlarmManager.Acknowledge"/> takes.</param>
/// <param name="Priority">Priority now: the catalog's, or higher after escalation.</param>
/// <param name="RaisedPriority">The catalog's priority when it was raised.</param>
/// <param name="Detail">What the control tick said when the condition became present (e.g. the reading).</param>
/// <param name="ConditionPresent">False only for a latched alarm awaiting acknowledgement.</param>
/// <param name="Latching">Stays after its condition clears until acknowledged (catalog, or because it escalated).</param>
/// <param name="IsSounding">Contributes to the audible signal now (unacknowledged, not an information signal, and
/// audio not paused or this alarm broke through the pause).</param>
public sealed record Alarm(
    long Id,
    AlarmKey Key,
    AlarmPriority Priority,
    AlarmPriority RaisedPriority,
    string Title,
    string? Detail,
    DateTimeOffset RaisedAt,
    bool ConditionPresent,
    bool Latching,
    string? AcknowledgedBy,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? EscalatedAt,
    bool IsSounding)
{
    public bool IsAcknowledged => AcknowledgedAt is not null;

    public bool IsEscalated => Priority != RaisedPriority;

    public bool IsInformationSignal => Priority == AlarmPriority.Information;

    public AlarmState State =>
        !ConditionPresent ? AlarmState.ClearedAwaitingAcknowledgement
        : IsAcknowledged ? AlarmState.Acknowledged
        : AlarmState.Active;
}
