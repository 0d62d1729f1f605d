namespace CryoWeb.Controller.Commands;

/// <summary>The most recent audit entries in memory (thread-safe); the store keeps the permanent trail.</summary>
public sealed class MemoryAuditTrail(int capacity = 10_000) : IAuditSink
{
    private readonly Queue<AuditEntry> _entries = new();
    private readonly Lock _lock = new();

    public IReadOnlyList<AuditEntry> Entries
    {
        get
        {
            lock (_lock)
            {
                return [.. _entries];
            }
        }
    }

    public void Record(AuditEntry entry)
    {
        lock (_lock)
        {
            _entries.Enqueue(entry);
            while (_entries.Count > capacity)
            {
                _entries.Dequeue();
            }
        }
    }
}
