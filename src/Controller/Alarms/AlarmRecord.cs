using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Alarms;

/// <summary>
/// The mutable state of one shown alarm inside <see cref="AlarmManager"/>; only touched under the manager's lock.
/// Times for display are wall-clock (<see cref="DateTimeOffset"/>); deadlines are on the manager's monotonic clock
/// (<see cref="TimeSpan"/> since the manager was built), so a wall-clock step cannot shorten a pause or an escalation.
/// </summary>
internal sealed class AlarmRecord
{
    public AlarmRecord(long id, AlarmKey key, AlarmCatalogEntry entry, string? detail, DateTimeOffset raisedAt, TimeSpan clock)
    {
        Id = id;
        Key = key;
        Entry = entry;
        Priority = entry.Priority;
        Detail = detail;
        RaisedAt = raisedAt;
        EscalationClock = clock;
    }

    public long Id { get; }

    public AlarmKey Key { get; }

    public AlarmCatalogEntry Entry { get; }

    public AlarmPriority Priority { get; set; }

    public string? Detail { get; }

    public DateTimeOffset RaisedAt { get; }

    public bool ConditionPresent { get; set; } = true;

    /// <summary>Start of the present stretch at this priority, present and unacknowledged (monotonic).</summary>
    public TimeSpan EscalationClock { get; set; }

    public DateTimeOffset? EscalatedAt { get; set; }

    public string? AcknowledgedBy { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    /// <summary>Raised or escalated above the ceiling of the audio pause in effect: sounds despite the pause.</summary>
    public bool BreaksPause { get; set; }

    public bool IsAcknowledged => AcknowledgedAt is not null;

    /// <summary>An alarm that escalated latches whatever the catalog says: it reached a higher priority without anyone
    /// responding, so it stays until someone has seen it.</summary>
    public bool Latches => Entry.Latching || EscalatedAt is not null;

    /// <summary>Asks for sound (before any audio pause): an unacknowledged alarm, not an information signal.</summary>
    public bool IsAudible => Priority != AlarmPriority.Information && !IsAcknowledged;

    /// <summary>When this alarm escalates if nothing changes, or null if it cannot (acknowledged, cleared, already
    /// High, information signal, or escalation off).</summary>
    public TimeSpan? EscalationDue(TimeSpan? delay) =>
        delay is { } d && ConditionPresent && !IsAcknowledged && Priority is AlarmPriority.Low or AlarmPriority.Medium
            ? EscalationClock + d
            : null;

    public Alarm ToAlarm(bool sounding) => new(
        Id, Key, Priority, Entry.Priority, Entry.Title, Detail, RaisedAt, ConditionPresent, Latches,
        AcknowledgedBy, AcknowledgedAt, EscalatedAt, sounding);
}
