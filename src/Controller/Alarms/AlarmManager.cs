using System.Runtime.ExceptionServices;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Alarms;

/// <summary>
/// IEC 60601-1-8 alarm state of the console: which alarms are shown, which sound, acknowledgement, audio pause,
/// escalation and the alarm log (rules in README.md next to this file). Fed by the alarm consumer thread
/// (<see cref="Update"/> for every key each control tick, then <see cref="Tick"/>) and called by web code
/// (<see cref="Acknowledge"/>, <see cref="PauseAudio"/>, <see cref="Snapshot"/>). Every member is thread-safe; the
/// lock is internal and the control thread never calls the manager.
/// </summary>
public sealed class AlarmManager
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly long _origin;
    private readonly AlarmLogBuffer _log;
    private readonly AlarmBoard _board;
    private long _version;
    private AlarmSnapshot? _snapshot;

    public AlarmManager(TimeProvider time, AlarmManagerOptions options)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _time = time;
        AudioPauseDuration = options.AudioPauseDuration;
        _origin = time.GetTimestamp();
        _log = new AlarmLogBuffer(options.MaxLogEntries, options.LogSink);
        _board = new AlarmBoard(options.Catalog, options.AudioPauseDuration, options.EscalationDelay, _log);
    }

    /// <summary>How long <see cref="PauseAudio"/> silences the alarms (from <see cref="AlarmManagerOptions.AudioPauseDuration"/>),
    /// so a console can say so on its pause control.</summary>
    public TimeSpan AudioPauseDuration { get; }

    /// <summary>
    /// Raised after any change (alarm raised, cleared, ended, acknowledged, escalated, audio paused, resumed or
    /// expired), on the thread that made it, outside the lock: keep it short (e.g. ask the UI to take a
    /// <see cref="Snapshot"/>).
    /// </summary>
    public event Action? Changed;

    /// <summary>Counts changes; a snapshot with the same version shows the same state.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>A copy of the in-memory log, oldest first (at most <see cref="AlarmManagerOptions.MaxLogEntries"/>).</summary>
    public IReadOnlyList<AlarmLogEntry> Log
    {
        get
        {
            lock (_gate)
            {
                return _log.Copy();
            }
        }
    }

    /// <summary>
    /// Whether the condition of <paramref name="key"/> is present now. A condition that becomes present raises an
    /// alarm with <paramref name="detail"/> (later details are ignored while it stays present); one that clears ends
    /// its alarm unless the alarm latches and is unacknowledged. Unchanged calls do not allocate.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The key's condition is not defined.</exception>
    public void Update(AlarmKey key, bool present, string? detail = null)
    {
        bool changed;
        Exception? sinkError;
        lock (_gate)
        {
            var (now, clock) = Begin();
            _board.Update(key, present, detail, now, clock);
            changed = Commit(out sinkError);
        }

        Finish(changed, sinkError);
    }

    /// <summary>Applies what time alone changes: escalations that are due and the end of an audio pause. Every other
    /// member does this first too; the consumer calls it each tick so nothing waits for the next event.</summary>
    public void Tick()
    {
        bool changed;
        Exception? sinkError;
        lock (_gate)
        {
            Begin();
            changed = Commit(out sinkError);
        }

        Finish(changed, sinkError);
    }

    /// <summary>Acknowledges alarm <paramref name="alarmId"/> for <paramref name="user"/>: it stops sounding and ends
    /// now if its condition has cleared, or else when the condition clears.</summary>
    public AcknowledgeResult Acknowledge(long alarmId, string user)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        AcknowledgeResult result;
        bool changed;
        Exception? sinkError;
        lock (_gate)
        {
            var (now, _) = Begin();
            result = _board.Acknowledge(alarmId, user, now);
            changed = Commit(out sinkError);
        }

        Finish(changed, sinkError);
        return result;
    }

    /// <summary>
    /// Silences the alarms for <see cref="AlarmManagerOptions.AudioPauseDuration"/> from now (pausing again restarts
    /// it). The ceiling is the highest priority asking for sound now, paused or not; an alarm raised, or escalated,
    /// above it during the pause sounds anyway (IEC 60601-1-8).
    /// </summary>
    public void PauseAudio(string user)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        bool changed;
        Exception? sinkError;
        lock (_gate)
        {
            var (now, clock) = Begin();
            _board.PauseAudio(user, now, clock);
            changed = Commit(out sinkError);
        }

        Finish(changed, sinkError);
    }

    /// <summary>Ends the audio pause early; false (and nothing logged) if audio was not paused.</summary>
    public bool ResumeAudio(string user)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        bool resumed;
        bool changed;
        Exception? sinkError;
        lock (_gate)
        {
            var (now, _) = Begin();
            resumed = _board.ResumeAudio(user, now);
            changed = Commit(out sinkError);
        }

        Finish(changed, sinkError);
        return resumed;
    }

    /// <summary>The shown alarms in display order and the audio state; the same object until the next change.</summary>
    public AlarmSnapshot Snapshot()
    {
        AlarmSnapshot snapshot;
        bool changed;
        Exception? sinkError;
        lock (_gate)
        {
            Begin();
            changed = Commit(out sinkError);
            snapshot = _snapshot ??= _board.Snapshot(_version);
        }

        Finish(changed, sinkError);
        return snapshot;
    }

    /// <summary>Reads both clocks and applies what has fallen due. Under the lock.</summary>
    private (DateTimeOffset Now, TimeSpan Clock) Begin()
    {
        var now = _time.GetUtcNow();
        // Deadlines run on the monotonic timestamp, so a wall-clock step cannot shorten a pause or an escalation.
        var clock = _time.GetElapsedTime(_origin);
        _board.Advance(now, clock);
        return (now, clock);
    }

    /// <summary>Ends an operation under the lock: a new version if anything changed, then the log sink.</summary>
    private bool Commit(out Exception? sinkError)
    {
        bool changed = _board.Changed;
        if (changed)
        {
            _board.Changed = false;
            _snapshot = null;
            Interlocked.Increment(ref _version);
        }

        sinkError = _log.Deliver();
        return changed;
    }

    private void Finish(bool changed, Exception? sinkError)
    {
        if (changed)
        {
            Changed?.Invoke();
        }

        if (sinkError is not null)
        {
            ExceptionDispatchInfo.Throw(sinkError);
        }
    }
}
