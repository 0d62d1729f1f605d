namespace CryoWeb.WebUI.Api.Diagnostics;

/// <summary>One valve as the bank drives it: open or closed, and when it last changed (unix ms, null if never).</summary>
/// <param name="Valve">"freeze", "thaw", "argon-supply", "thaw-supply" or "vent".</param>
/// <param name="Probe">1-based probe of a freeze or thaw valve; null for the shared valves.</param>
public sealed record ValveStateResponse(string Valve, int? Probe, bool Open, long? ChangedAtUnixMs);
