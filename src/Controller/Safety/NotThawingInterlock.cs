using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Sensors;
using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Safety;

/// <summary>
/// Every probe commanded not to freeze must thaw (a stuck-open freeze valve keeps it cold, see <see cref="ThawWatch"/>):
/// the first probe found not thawing holds the argon supply closed (no probe may freeze) until an operator resets.
/// </summary>
internal sealed class NotThawingInterlock(ControllerOptions options, SafetyGate gate, ConditionSet conditions, ProbeController[] probes, ArgonHold hold)
{
    private readonly ThawWatch _watch = new(probes.Length, options);

    /// <param name="argonSupplyOpen">Whether the argon supply was driven open last tick (only then can gas pass a stuck valve).</param>
    public void Evaluate(SensorReadings readings, bool argonSupplyOpen, DateTimeOffset now)
    {
        for (int p = 0; p < probes.Length; p++)
        {
            if (_watch.NotThawing(p, probes[p].Mode, readings.TipCelsius(p), argonSupplyOpen, now))
            {
                hold.Hold(p);
            }
        }

        int held = hold.HeldForProbe;
        if (held >= 0)
        {
            conditions[AlarmCondition.ProbeNotThawing, held] = true;
            gate.BlockArgon(new GateReason(GateCause.ProbeNotThawing, held));
        }
    }
}
