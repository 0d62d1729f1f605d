namespace CryoWeb.Controller.Contract;

/// <summary>One thermocouple channel as wired: its index, its wiring name ("P1 tip", "TS1"), and the probe whose tip it
/// measures (zero-based; null for a thermal sensor).</summary>
public sealed record ChannelDescription(int Index, string Name, int? TipOfProbe)
{
    public bool IsProbeTip => TipOfProbe.HasValue;
}
