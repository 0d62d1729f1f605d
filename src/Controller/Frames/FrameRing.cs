namespace CryoWeb.Controller.Frames;

/// <summary>
/// Single-producer ring of control frames. The control thread fills the next slot in place and publishes it with
/// one volatile write; consumers (storage, fan-out, alarms) copy frames out by sequence number on their own threads
/// and detect when they fell so far behind that a slot was overwritten. No locks, no allocation.
/// </summary>
public sealed class FrameRing
{
    private readonly ControlFrame[] _slots;
    private readonly long[] _slotSequence;
    private readonly int _mask;
    private long _published = -1;

    public FrameRing(int capacityPowerOfTwo, int channels, int probes)
    {
        if (capacityPowerOfTwo < 2 || (capacityPowerOfTwo & (capacityPowerOfTwo - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacityPowerOfTwo), capacityPowerOfTwo, "Capacity must be a power of two.");
        }

        _slots = [.. Enumerable.Range(0, capacityPowerOfTwo).Select(_ => new ControlFrame(channels, probes))];
        _slotSequence = [.. Enumerable.Repeat(-1L, capacityPowerOfTwo)];
        _mask = capacityPowerOfTwo - 1;
    }

    public int Capacity => _slots.Length;

    /// <summary>Thermocouple channels in every frame.</summary>
    public int ChannelCount => _slots[0].ChannelCount;

    /// <summary>Probes in every frame.</summary>
    public int ProbeCount => _slots[0].ProbeCount;

    /// <summary>Sequence number of the newest published frame; -1 before the first.</summary>
    public long Published => Volatile.Read(ref _published);

    /// <summary>Producer: the slot to fill for frame <paramref name="sequence"/> (marked as being written).</summary>
    public ControlFrame BeginWrite(long sequence)
    {
        int slot = (int)(sequence & _mask);

        // Full fence: the marker must be visible before any of the frame's new data (stores may reorder on ARM).
        Interlocked.Exchange(ref _slotSequence[slot], -1);
        return _slots[slot];
    }

    /// <summary>Producer: makes frame <paramref name="sequence"/> visible to consumers.</summary>
    public void EndWrite(long sequence)
    {
        Volatile.Write(ref _slotSequence[(int)(sequence & _mask)], sequence);
        Volatile.Write(ref _published, sequence);
    }

    /// <summary>Consumer: copies frame <paramref name="sequence"/> into <paramref name="target"/>; false if it is not (or no longer) there.</summary>
    public bool TryCopy(long sequence, ControlFrame target)
    {
        ArgumentNullException.ThrowIfNull(target);
        int slot = (int)(sequence & _mask);
        if (Volatile.Read(ref _slotSequence[slot]) != sequence)
        {
            return false;
        }

        _slots[slot].CopyTo(target);

        // Full fence: every read of the copy happens before the second look at the marker.
        Interlocked.MemoryBarrier();
        return Volatile.Read(ref _slotSequence[slot]) == sequence && target.Sequence == sequence;
    }
}
