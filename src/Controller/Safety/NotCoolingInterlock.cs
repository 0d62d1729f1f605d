using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Sensors;
using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Safety;

/// <summary>
/// A probe freezing at 50 % or more whose tip is still above the not-cooling temperature after the allowed time has a
/// leak or is blocked: its gas stops (off) and the alarm is raised.
/// </summary>
internal sealed class NotCoolingInterlock(ControllerOptions options, ConditionSet conditions, ProbeController[] probes)
{
    public void Evaluate(int p, SensorReadings readings, DateTimeOffset now)
    {
        var probe = probes[p];
        bool notCooling = probe.Mode == ProbeMode.Freeze && probe.PowerPercent >= 50
            && now - probe.ModeSince >= options.NotCoolingAfter
            && readings.TipCelsius(p) > options.NotCoolingCelsius;
        if (notCooling)
        {
            conditions[AlarmCondition.ProbeNotCooling, p] = true;
            probe.Force(ProbeMode.Off, now, "probe not cooling (leak or blocked probe): gas stopped");
        }
    }
}
