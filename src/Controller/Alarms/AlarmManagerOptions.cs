namespace CryoWeb.Controller.Alarms;

/// <summary>Settings of an <see cref="AlarmManager"/>; checked when the manager is built.</summary>
public sealed class AlarmManagerOptions
{
    /// <summary>How long <see cref="AlarmManager.PauseAudio"/> silences the alarms that are sounding (IEC 60601-1-8: 2 min).</summary>
    public TimeSpan AudioPauseDuration { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a Low or Medium alarm may stay unacknowledged with its condition present before it is raised one
    /// priority (Low to Medium, Medium to High); null never escalates.
    /// </summary>
    public TimeSpan? EscalationDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How many entries <see cref="AlarmManager.Log"/> keeps (the oldest are dropped first); null keeps all.
    /// <see cref="LogSink"/> receives every entry whatever this is.</summary>
    public int? MaxLogEntries { get; init; } = 10_000;

    /// <summary>
    /// Receives every log entry once, in order, on the thread that caused it, while the manager's lock is held: it
    /// must be quick (hand the entry to a queue) and must not call the manager. An exception from it is rethrown to
    /// that caller after the manager's state and in-memory log are complete.
    /// </summary>
    public Action<AlarmLogEntry>? LogSink { get; init; }

    /// <summary>Priority, latching and title of each condition.</summary>
    public AlarmCatalog Catalog { get; init; } = AlarmCatalog.Default;

    internal void Validate()
    {
        if (AudioPauseDuration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(AudioPauseDuration), AudioPauseDuration, "Must be positive.");
        }

        if (EscalationDelay is { } delay && delay <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(EscalationDelay), delay, "Must be positive, or null for no escalation.");
        }

        if (MaxLogEntries is { } max && max < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxLogEntries), max, "Must be at least 1, or null to keep every entry.");
        }

        ArgumentNullException.ThrowIfNull(Catalog);
    }
}
