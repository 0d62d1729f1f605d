using System.Globalization;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Alarms;

/// <summary>
/// The alarm state machine behind <see cref="AlarmManager"/>: shown alarms, acknowledgement, latching, escalation and
/// the audio pause. Single-threaded (the manager calls it under its lock) and told the time on every call: wall-clock
/// <c>now</c> for what is shown and logged, the manager's monotonic <c>clock</c> for deadlines.
/// </summary>
internal sealed class AlarmBoard(AlarmCatalog catalog, TimeSpan pauseDuration, TimeSpan? escalationDelay, AlarmLogBuffer log)
{
    private readonly Dictionary<AlarmKey, AlarmRecord> _byKey = [];
    private readonly List<AlarmRecord> _shown = [];
    private long _lastId;
    private TimeSpan? _pausedUntil;
    private AudioState _audio = AudioState.Silent;

    /// <summary>Set by every change; the manager reads and resets it.</summary>
    public bool Changed { get; set; }

    /// <summary>The next time <see cref="Advance"/> has something to do (monotonic); <see cref="TimeSpan.MaxValue"/> if none.</summary>
    public TimeSpan NextDeadline { get; private set; } = TimeSpan.MaxValue;

    /// <summary>Ends the audio pause and escalates alarms that are due.</summary>
    public void Advance(DateTimeOffset now, TimeSpan clock)
    {
        if (clock < NextDeadline)
        {
            return;
        }

        if (_pausedUntil is { } until && clock >= until)
        {
            EndPause(now, AlarmLogEvent.AudioPauseExpired, null);
        }

        foreach (var alarm in _shown)
        {
            // Step by step, each on its own schedule, so a late call still escalates Low to High on time.
            while (alarm.EscalationDue(escalationDelay) is { } due && clock >= due)
            {
                var from = alarm.Priority;
                alarm.Priority = from + 1;
                alarm.EscalationClock = due;
                alarm.EscalatedAt = now;
                alarm.BreaksPause |= _audio.PauseCeiling is { } ceiling && alarm.Priority > ceiling;
                log.Add(now, AlarmLogEvent.Escalated, alarm, null, from + " -> " + alarm.Priority);
                Changed = true;
            }
        }

        UpdateDeadline();
    }

    public void Update(AlarmKey key, bool present, string? detail, DateTimeOffset now, TimeSpan clock)
    {
        if (_byKey.TryGetValue(key, out var alarm))
        {
            if (present && !alarm.ConditionPresent)
            {
                // A latched alarm awaiting acknowledgement: the same alarm is present (and unacknowledged) again.
                alarm.ConditionPresent = true;
                alarm.EscalationClock = clock;
                log.Add(now, AlarmLogEvent.ConditionReturned, alarm, null, null);
                Changed = true;
            }
            else if (!present && alarm.ConditionPresent)
            {
                alarm.ConditionPresent = false;
                log.Add(now, AlarmLogEvent.ConditionCleared, alarm, null, null);
                if (!alarm.Latches || alarm.IsAcknowledged)
                {
                    End(alarm, now);
                }

                Changed = true;
            }
        }
        else if (present)
        {
            alarm = new AlarmRecord(++_lastId, key, catalog[key.Condition], detail, now, clock);
            alarm.BreaksPause = _audio.PauseCeiling is { } ceiling && alarm.Priority > ceiling;
            _byKey.Add(key, alarm);
            _shown.Add(alarm);
            log.Add(now, AlarmLogEvent.Raised, alarm, null, detail);
            Changed = true;
        }
        else
        {
            return;
        }

        UpdateDeadline();
    }

    public AcknowledgeResult Acknowledge(long alarmId, string user, DateTimeOffset now)
    {
        var alarm = _shown.Find(a => a.Id == alarmId);
        if (alarm is null)
        {
            return AcknowledgeResult.UnknownAlarm;
        }

        if (alarm.Priority == AlarmPriority.Information)
        {
            return AcknowledgeResult.InformationSignal;
        }

        if (alarm.IsAcknowledged)
        {
            return AcknowledgeResult.AlreadyAcknowledged;
        }

        alarm.AcknowledgedBy = user;
        alarm.AcknowledgedAt = now;
        log.Add(now, AlarmLogEvent.Acknowledged, alarm, user, null);
        if (!alarm.ConditionPresent)
        {
            End(alarm, now);
        }

        Changed = true;
        UpdateDeadline();
        return AcknowledgeResult.Acknowledged;
    }

    public void PauseAudio(string user, DateTimeOffset now, TimeSpan clock)
    {
        // The ceiling counts alarms silenced by a pause already in effect, so pausing again cannot let an alarm of
        // their priority break through.
        var ceiling = AlarmPriority.Information;
        foreach (var alarm in _shown)
        {
            alarm.BreaksPause = false;
            if (alarm.IsAudible && alarm.Priority > ceiling)
            {
                ceiling = alarm.Priority;
            }
        }

        _pausedUntil = clock + pauseDuration;
        _audio = new AudioState(null, now + pauseDuration, user, ceiling);
        log.AddAudio(now, AlarmLogEvent.AudioPaused, ceiling, user, "until " + _audio.PausedUntil!.Value.ToString("O", CultureInfo.InvariantCulture));
        Changed = true;
        UpdateDeadline();
    }

    public bool ResumeAudio(string user, DateTimeOffset now)
    {
        if (_pausedUntil is null)
        {
            return false;
        }

        EndPause(now, AlarmLogEvent.AudioResumed, user);
        UpdateDeadline();
        return true;
    }

    public AlarmSnapshot Snapshot(long version)
    {
        bool paused = _pausedUntil is not null;
        AlarmPriority? sounding = null;
        var alarms = new Alarm[_shown.Count];
        for (int i = 0; i < alarms.Length; i++)
        {
            var record = _shown[i];
            bool isSounding = record.IsAudible && (!paused || record.BreaksPause);
            if (isSounding && (sounding is null || record.Priority > sounding))
            {
                sounding = record.Priority;
            }

            alarms[i] = record.ToAlarm(isSounding);
        }

        Array.Sort(alarms, AlarmDisplayOrder.Instance);
        return new AlarmSnapshot(version, alarms, _audio with { Sounding = sounding });
    }

    private void End(AlarmRecord alarm, DateTimeOffset now)
    {
        _byKey.Remove(alarm.Key);
        _shown.Remove(alarm);
        log.Add(now, AlarmLogEvent.Ended, alarm, null, null);
    }

    private void EndPause(DateTimeOffset now, AlarmLogEvent logEvent, string? user)
    {
        log.AddAudio(now, logEvent, _audio.PauseCeiling, user, null);
        _pausedUntil = null;
        _audio = AudioState.Silent;
        foreach (var alarm in _shown)
        {
            alarm.BreaksPause = false;
        }

        Changed = true;
    }

    private void UpdateDeadline()
    {
        var next = _pausedUntil ?? TimeSpan.MaxValue;
        foreach (var alarm in _shown)
        {
            if (alarm.EscalationDue(escalationDelay) is { } due && due < next)
            {
                next = due;
            }
        }

        NextDeadline = next;
    }
}
