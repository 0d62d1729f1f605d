namespace CryoWeb.Controller.Storage;

/// <summary>
/// Thread-safe <see cref="StorageHealth"/> plus the transitions not yet announced. Producers (queue overflow) and the
/// writer (write errors) report failures; only the writer reports success, and it announces the transitions on its
/// own thread, so subscriber code never runs on a producer.
/// </summary>
internal sealed class HealthTracker(TimeProvider time, WriteQueue queue)
{
    private readonly Lock _gate = new();
    private readonly Queue<(bool Failed, StorageHealth Health)> _unannounced = new();
    private StorageHealth _current = StorageHealth.Initial;
    private string? _damage;
    private int _damagedParts;

    public StorageHealth Current => Volatile.Read(ref _current);

    /// <summary>Enters (or stays in) the failed state with the latest reason. Returns true on the transition.</summary>
    public bool Fail(string reason)
    {
        lock (_gate)
        {
            var dropped = queue.DroppedCount;
            if (_current.State == StorageState.Failed)
            {
                if (_current.Reason != reason || _current.DroppedItems != dropped)
                {
                    Volatile.Write(ref _current, _current with { Reason = reason, DroppedItems = dropped });
                }

                return false;
            }

            Volatile.Write(ref _current, new StorageHealth(StorageState.Failed, reason, time.GetUtcNow(), dropped));
            _unannounced.Enqueue((true, _current));
            return true;
        }
    }

    /// <summary>
    /// After a successful commit: healthy again, unless an item was dropped since <paramref name="droppedBefore"/>
    /// (read before the commit's queue drain), in which case the next commit decides.
    /// </summary>
    public void Succeeded(long droppedBefore)
    {
        lock (_gate)
        {
            var dropped = queue.DroppedCount;
            if (_damage is not null)
            {
                // Damaged stored data does not heal with the next commit: stay Failed, saying where the damage is.
                if (_current.Reason != _damage)
                {
                    Volatile.Write(ref _current, _current with { Reason = _damage, DroppedItems = dropped });
                }

                return;
            }

            if (_current.State == StorageState.Healthy || dropped != droppedBefore)
            {
                return;
            }

            Volatile.Write(ref _current, new StorageHealth(StorageState.Healthy, null, time.GetUtcNow(), dropped));
            _unannounced.Enqueue((false, _current));
        }
    }

    /// <summary>
    /// Stored data was read back damaged at <paramref name="where"/>: the store is Failed (the storage alarm) and stays
    /// so until the process restarts, whatever commits succeed; the reason names the damaged part. Returns true on the
    /// transition to Failed.
    /// </summary>
    public bool Damage(string where)
    {
        string reason;
        lock (_gate)
        {
            _damagedParts++;
            reason = _damage = _damagedParts == 1
                ? $"stored data damaged: record {where} fails its checksum (recording continues; restore from a backup to recover it)"
                : $"stored data damaged: {_damagedParts} records, the latest {where}, fail their checksum (recording continues; restore from a backup to recover them)";
        }

        return Fail(reason);
    }

    public bool TryTakeUnannounced(out bool failed, out StorageHealth health)
    {
        lock (_gate)
        {
            if (_unannounced.TryDequeue(out var next))
            {
                (failed, health) = next;
                return true;
            }

            (failed, health) = (false, _current);
            return false;
        }
    }
}
