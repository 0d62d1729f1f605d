using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Safety;

/// <summary>While the emergency stop is latched: both supplies blocked, every probe off, the alarm present.</summary>
internal sealed class EmergencyStopInterlock(SafetyGate gate, ConditionSet conditions, ProbeController[] probes)
{
    public void Evaluate(bool latched, DateTimeOffset now)
    {
        if (!latched)
        {
            return;
        }

        gate.BlockArgon(new GateReason(GateCause.EmergencyStop, -1));
        gate.BlockThaw(new GateReason(GateCause.EmergencyStop, -1));
        conditions[AlarmCondition.EmergencyStop, -1] = true;
        ProbeStops.StopAll(probes, ProbeMode.Off, now, "emergency stop");
    }
}
