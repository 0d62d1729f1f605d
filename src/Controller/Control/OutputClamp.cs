using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;

namespace CryoWeb.Controller.Control;

/// <summary>
/// Stage 5 of the tick: the probes as the commands and protocols left them, held to the verdict before any valve moves
/// (a freeze where freezing is blocked stops, a freeze above the power limit is lowered, an active thaw without thaw
/// gas stops).
/// </summary>
internal sealed class OutputClamp(TickState state)
{
    public void Apply(DateTimeOffset now)
    {
        var gate = state.Verdict;
        for (int p = 0; p < state.Probes.Length; p++)
        {
            var probe = state.Probes[p];
            if (probe.Mode is ProbeMode.Freeze or ProbeMode.Stick && !gate.FreezeAllowed(p))
            {
                probe.Force(ProbeMode.PassiveThaw, now, StopReason(gate.Reason(p).Cause));
            }
            else if (probe.Mode == ProbeMode.Freeze && probe.PowerPercent > gate.MaxPowerPercent(p))
            {
                probe.LimitPower(gate.MaxPowerPercent(p), "critical structure at its limit: power reduced");
            }
            else if (probe.Mode == ProbeMode.ActiveThaw && gate.ThawBlocked)
            {
                probe.Force(ProbeMode.PassiveThaw, now, StopReason(gate.ThawReason.Cause));
            }
        }
    }

    private static string StopReason(GateCause cause) => cause switch
    {
        GateCause.EmergencyStop => "emergency stop",
        GateCause.SensorBusFailure => "sensor bus failure: no temperatures",
        GateCause.ArgonOverPressure => "argon over-pressure: supply closed",
        GateCause.ThawOverPressure => "thaw gas over-pressure: supply closed",
        GateCause.CriticalStructureStop or GateCause.CriticalStructureReduce => "critical structure at its limit: probe stopped",
        GateCause.ProbeNotThawing => "a probe is not thawing (freeze valve stuck open?): argon supply closed",
        _ => "safety gate",
    };
}
