namespace CryoWeb.Controller.Storage;

/// <summary>
/// Bounded multi-producer, single-consumer ring of preallocated <see cref="WriteSlot"/>s. Producers copy into a free
/// slot under a short lock and never wait for room: when the ring is full the item is counted in
/// <see cref="DroppedCount"/> and refused. Appending a sample allocates nothing.
/// </summary>
internal sealed class WriteQueue
{
    private readonly WriteSlot[] _slots;
    private readonly Lock _gate = new();
    private int _head;
    private int _count;
    private long _dropped;

    public WriteQueue(int capacity, int maxChannels)
    {
        _slots = new WriteSlot[capacity];
        for (var i = 0; i < capacity; i++)
        {
            _slots[i] = new WriteSlot(maxChannels);
        }
    }

    public int MaxChannels => _slots[0].Values.Length;

    public long DroppedCount => Interlocked.Read(ref _dropped);

    /// <summary>Queues a copy of a sample. <paramref name="wasEmpty"/> tells the caller to wake the writer.</summary>
    public bool TryEnqueueSample(Guid procedureId, long utcTicks, ReadOnlySpan<float> channelCelsius, out bool wasEmpty)
    {
        lock (_gate)
        {
            if (!TryClaim(out var slot, out wasEmpty))
            {
                return false;
            }

            channelCelsius.CopyTo(slot.Values);
            slot.ChannelCount = channelCelsius.Length;
            slot.ProcedureId = procedureId;
            slot.UtcTicks = utcTicks;
            slot.Record = null;
            _count++;
            return true;
        }
    }

    /// <summary>Queues a record or command for the writer. <paramref name="wasEmpty"/> tells the caller to wake the writer.</summary>
    public bool TryEnqueueRecord(object record, out bool wasEmpty)
    {
        lock (_gate)
        {
            if (!TryClaim(out var slot, out wasEmpty))
            {
                return false;
            }

            slot.Record = record;
            slot.ChannelCount = 0;
            _count++;
            return true;
        }
    }

    /// <summary>Counts an item refused for another reason than a full ring (too wide, store disposed).</summary>
    public void CountDropped() => Interlocked.Increment(ref _dropped);

    /// <summary>Writer only: the oldest queued slot, which stays valid until <see cref="Release"/>.</summary>
    public bool TryPeek(out WriteSlot slot)
    {
        lock (_gate)
        {
            slot = _slots[_head];
            return _count > 0;
        }
    }

    /// <summary>Writer only: frees the slot returned by <see cref="TryPeek"/>.</summary>
    public void Release()
    {
        lock (_gate)
        {
            _slots[_head].Record = null;
            _head = (_head + 1) % _slots.Length;
            _count--;
        }
    }

    private bool TryClaim(out WriteSlot slot, out bool wasEmpty)
    {
        wasEmpty = _count == 0;
        if (_count == _slots.Length)
        {
            Interlocked.Increment(ref _dropped);
            slot = null!;
            return false;
        }

        slot = _slots[(_head + _count) % _slots.Length];
        return true;
    }
}
