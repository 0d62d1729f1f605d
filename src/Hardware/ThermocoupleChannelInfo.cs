namespace CryoWeb.Hardware;

/// <summary>What one thermocouple channel is wired to: the tip of a probe, or a free thermal sensor (TS) needle.</summary>
/// <param name="Name">Wiring name, e.g. "Probe 1 tip" or "TS1".</param>
/// <param name="TipOfProbe">Zero-based probe index when the channel is a probe tip thermocouple; null for a thermal sensor.</param>
public sealed record ThermocoupleChannelInfo(string Name, int? TipOfProbe)
{
    public bool IsProbeTip => TipOfProbe.HasValue;
}
