using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Sensors;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Safety;

/// <summary>
/// The sensor guards of the procedure: a margin sensor reaching -20 / -40 C is an information signal; a critical-structure
/// sensor at or below its limit (or blind for longer than the tip-fault grace: a blind guard protects nothing) is a high
/// alarm and takes its protective action on the linked probes (stop: no freezing; reduce: power capped).
/// </summary>
internal sealed class CriticalStructureInterlock(SafetyGate gate, ConditionSet conditions, ProbeController[] probes, SensorGuardSet guards)
{
    public void Evaluate(SensorReadings readings, DateTimeOffset now)
    {
        for (int c = 0; c < guards.ChannelCount; c++)
        {
            if (guards[c] is not { } guard)
            {
                continue;
            }

            double t = readings.Celsius[c];
            if (double.IsNaN(t))
            {
                if (guard.Role == SensorRole.CriticalStructure && readings.InvalidFor(c, TipFaultInterlock.Grace, now))
                {
                    conditions[AlarmCondition.CriticalStructureLimit, c] = true;
                    Protect(guard, now);
                }

                continue;
            }

            if (guard.Role == SensorRole.Margin)
            {
                conditions[AlarmCondition.MarginReachedMinus20, c] = t <= -20;
                conditions[AlarmCondition.MarginReachedMinus40, c] = t <= -40;
            }
            else if (guard.Role == SensorRole.CriticalStructure && t <= guard.LimitCelsius)
            {
                conditions[AlarmCondition.CriticalStructureLimit, c] = true;
                Protect(guard, now);
            }
        }
    }

    private void Protect(SensorGuard guard, DateTimeOffset now)
    {
        for (int p = 0; p < probes.Length; p++)
        {
            if (!guard.Links(p))
            {
                continue;
            }

            if (guard.Action == ProtectiveAction.Stop)
            {
                gate.Limit(p, 0, new GateReason(GateCause.CriticalStructureStop, guard.Channel));
                if (ProbeStops.UsesArgon(probes[p].Mode))
                {
                    probes[p].Force(ProbeMode.PassiveThaw, now, "critical structure at its limit: probe stopped");
                }
            }
            else if (guard.Action == ProtectiveAction.Reduce)
            {
                gate.Limit(p, SensorGuard.ReducedPowerPercent, new GateReason(GateCause.CriticalStructureReduce, guard.Channel));
                probes[p].LimitPower(SensorGuard.ReducedPowerPercent, "critical structure at its limit: power reduced");
            }
        }
    }
}
