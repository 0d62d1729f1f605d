namespace CryoWeb.Controller.Contract;

/// <summary>One valve as the published frames show it driven (no position sensing): open or closed, and the time of the
/// first frame that showed it in that state (null while it never changed since the console started).</summary>
/// <param name="Valve">"freeze", "thaw", "argon-supply", "thaw-supply" or "vent".</param>
/// <param name="Probe">1-based probe of a freeze or thaw valve; null for the shared valves.</param>
public sealed record ValveState(string Valve, int? Probe, bool Open, DateTimeOffset? ChangedAt);
