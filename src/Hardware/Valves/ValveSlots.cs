namespace CryoWeb.Hardware.Valves;

/// <summary>
/// Maps every valve of a bank to a dense index ("slot") so per-valve state lives in plain arrays:
/// freeze valves of probes 0..N-1, then thaw valves 0..N-1, then argon supply, thaw supply and vent.
/// Freeze valves come first on purpose: loops over the slots close them before anything else.
/// </summary>
internal readonly struct ValveSlots
{
    public ValveSlots(int probeCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(probeCount, 1);
        ProbeCount = probeCount;
    }

    public int ProbeCount { get; }

    public int Count => (2 * ProbeCount) + 3;

    /// <summary>The slot of <paramref name="valve"/>, or -1 when the bank has no such valve. Allocation-free.</summary>
    public int SlotOf(ValveId valve)
    {
        int probe = valve.ProbeIndex;
        return valve.Kind switch
        {
            ValveKind.Freeze when (uint)probe < (uint)ProbeCount => probe,
            ValveKind.Thaw when (uint)probe < (uint)ProbeCount => ProbeCount + probe,
            ValveKind.ArgonSupply when probe == -1 => 2 * ProbeCount,
            ValveKind.ThawSupply when probe == -1 => (2 * ProbeCount) + 1,
            ValveKind.Vent when probe == -1 => (2 * ProbeCount) + 2,
            _ => -1,
        };
    }

    public ValveId ValveAt(int slot)
    {
        if (slot < ProbeCount)
        {
            return ValveId.FreezeOf(slot);
        }

        if (slot < 2 * ProbeCount)
        {
            return ValveId.ThawOf(slot - ProbeCount);
        }

        return (slot - (2 * ProbeCount)) switch
        {
            0 => ValveId.ArgonSupply,
            1 => ValveId.ThawSupply,
            2 => ValveId.Vent,
            _ => throw new ArgumentOutOfRangeException(nameof(slot), slot, "No valve has this slot."),
        };
    }
}
