using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Sensors;
using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Safety;

/// <summary>
/// The gas supplies: over its maximum a supply is closed (argon: no freeze; thaw gas: no active thaw) and the probes
/// using it stop; low argon, low thaw gas while thawing and a tank nearly empty are alarms.
/// </summary>
internal sealed class SupplyPressureInterlock(ControllerOptions options, SafetyGate gate, ConditionSet conditions, ProbeController[] probes)
{
    public void Evaluate(SensorReadings readings, DateTimeOffset now)
    {
        bool argonOver = readings.ArgonPsi > options.SupplyMaxPsi;
        bool thawOver = readings.ThawPsi > options.SupplyMaxPsi;
        conditions[AlarmCondition.SupplyOverPressure, 0] = argonOver;
        conditions[AlarmCondition.SupplyOverPressure, 1] = thawOver;
        conditions[AlarmCondition.LowSupplyPressure, 0] = !(readings.ArgonPsi >= options.ArgonMinPsi);
        if (argonOver)
        {
            gate.BlockArgon(new GateReason(GateCause.ArgonOverPressure, 0));
        }

        if (thawOver)
        {
            gate.BlockThaw(new GateReason(GateCause.ThawOverPressure, 1));
        }

        bool thawing = false;
        for (int p = 0; p < probes.Length; p++)
        {
            var mode = probes[p].Mode;
            thawing |= mode == ProbeMode.ActiveThaw;
            if (argonOver && ProbeStops.UsesArgon(mode))
            {
                probes[p].Force(ProbeMode.PassiveThaw, now, "argon over-pressure: supply closed");
            }
            else if (thawOver && mode == ProbeMode.ActiveThaw)
            {
                probes[p].Force(ProbeMode.PassiveThaw, now, "thaw gas over-pressure: supply closed");
            }
        }

        conditions[AlarmCondition.LowSupplyPressure, 1] = thawing && !(readings.ThawPsi >= options.ThawMinPsi);
        conditions[AlarmCondition.TankNearlyEmpty, 0] = readings.ArgonMinutesLeft < options.TankWarning.TotalMinutes;
    }
}
