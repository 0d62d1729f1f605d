namespace CryoWeb.Hardware.Valves;

/// <summary>Every valve of a bank, in a fixed order: per probe freeze then thaw, then argon supply, thaw supply, vent.</summary>
public static class ValveInventory
{
    public static IReadOnlyList<ValveId> All(int probeCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(probeCount);
        var valves = new List<ValveId>(2 * probeCount + 3);
        for (int p = 0; p < probeCount; p++)
        {
            valves.Add(ValveId.FreezeOf(p));
            valves.Add(ValveId.ThawOf(p));
        }

        valves.Add(ValveId.ArgonSupply);
        valves.Add(ValveId.ThawSupply);
        valves.Add(ValveId.Vent);
        return valves;
    }

    /// <summary>The valves the bank drives open now (commanded state, not a position sensor).</summary>
    public static IReadOnlyList<ValveId> OpenIn(IValveBank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        return [.. All(bank.ProbeCount).Where(bank.IsOpen)];
    }
}
