namespace CryoWeb.Controller.Contract;

/// <summary>
/// The latest published frame as the web reads it: a plain immutable record built on the frame feed thread (never the
/// control thread). <see cref="Empty"/> until the first frame.
/// </summary>
public sealed record ConsoleState(long Sequence, DateTimeOffset Time, bool EmergencyStopLatched, IReadOnlyList<ProbeState> Probes, IReadOnlyList<ValveState> Valves)
{
    public static ConsoleState Empty { get; } = new(-1, default, false, [], []);
}
