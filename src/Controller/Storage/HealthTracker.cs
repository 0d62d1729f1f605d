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
            if (_current.State == StorageState.Healthy || dropped != droppedBefore)
            {
                return;
            }

            Volatile.Write(ref _current, new StorageHealth(StorageState.Healthy, null, time.GetUtcNow(), dropped));
            _unannounced.Enqueue((false, _current));
        }
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
