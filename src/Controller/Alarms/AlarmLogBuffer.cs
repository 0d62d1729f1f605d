using System.Collections.ObjectModel;

namespace CryoWeb.Controller.Alarms;

/// <summary>
/// The alarm log inside <see cref="AlarmManager"/>, only touched under its lock: keeps the newest entries in memory
/// and queues every entry for the sink until the operation that caused it is complete.
/// </summary>
internal sealed class AlarmLogBuffer(int? maxEntries, Action<AlarmLogEntry>? sink)
{
    private readonly Queue<AlarmLogEntry> _entries = new();
    private readonly List<AlarmLogEntry> _pending = [];
    private long _sequence;

    public void Add(DateTimeOffset time, AlarmLogEvent logEvent, AlarmRecord alarm, string? user, string? detail) =>
        Add(new AlarmLogEntry(++_sequence, time, logEvent, alarm.Id, alarm.Key, alarm.Priority, user, detail));

    public void AddAudio(DateTimeOffset time, AlarmLogEvent logEvent, AlarmPriority? ceiling, string? user, string? detail) =>
        Add(new AlarmLogEntry(++_sequence, time, logEvent, null, null, ceiling, user, detail));

    public ReadOnlyCollection<AlarmLogEntry> Copy() => Array.AsReadOnly(_entries.ToArray());

    /// <summary>Hands the queued entries to the sink, in order. Every entry is offered even if one throws; the first
    /// exception is returned for the caller to rethrow once the lock is released.</summary>
    public Exception? Deliver()
    {
        if (_pending.Count == 0 || sink is null)
        {
            return null;
        }

        Exception? first = null;
        foreach (var entry in _pending)
        {
            try
            {
                sink(entry);
            }
#pragma warning disable CA1031 // The sink's failure must not leave the manager half-updated; it is rethrown to the caller.
            catch (Exception e)
#pragma warning restore CA1031
            {
                first ??= e;
            }
        }

        _pending.Clear();
        return first;
    }

    private void Add(AlarmLogEntry entry)
    {
        _entries.Enqueue(entry);
        if (maxEntries is { } max && _entries.Count > max)
        {
            _entries.Dequeue();
        }

        if (sink is not null)
        {
            _pending.Add(entry);
        }
    }
}
