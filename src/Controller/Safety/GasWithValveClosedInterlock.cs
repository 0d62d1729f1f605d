using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Sensors;
using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Safety;

/// <summary>
/// A probe that is not freezing (off or passive thaw) but whose tip cools fast is getting gas through a valve commanded
/// closed. There is no valve position sensing, so the tip is the witness; the only way to stop that gas is the argon
/// supply, so every freeze stops (High alarm). Judged once a second from the tip's change over that second, only while
/// the argon supply upstream is open and the probe has settled in its mode.
/// </summary>
internal sealed class GasWithValveClosedInterlock(ControllerOptions options, ConditionSet conditions, ProbeController[] probes)
{
    private readonly double[] _referenceCelsius = new double[probes.Length];
    private readonly DateTimeOffset[] _referenceAt = new DateTimeOffset[probes.Length];

    public void Evaluate(int p, SensorReadings readings, bool argonSupplyOpen, DateTimeOffset now)
    {
        var probe = probes[p];
        if (probe.Mode is not (ProbeMode.Off or ProbeMode.PassiveThaw))
        {
            _referenceAt[p] = default;
            return;
        }

        double tip = readings.TipCelsius(p);
        if (readings.TipChannel(p) < 0 || !argonSupplyOpen || double.IsNaN(tip) || now - probe.ModeSince < options.GasWithValveClosedSettle)
        {
            _referenceAt[p] = default;
            return;
        }

        if (_referenceAt[p] == default)
        {
            (_referenceCelsius[p], _referenceAt[p]) = (tip, now);
            return;
        }

        double seconds = (now - _referenceAt[p]).TotalSeconds;
        if (seconds < 1)
        {
            return;
        }

        double coolingPerSecond = (_referenceCelsius[p] - tip) / seconds;
        (_referenceCelsius[p], _referenceAt[p]) = (tip, now);
        if (coolingPerSecond >= options.GasWithValveClosedCelsiusPerSecond)
        {
            conditions[AlarmCondition.GasWithValveClosed, p] = true;
            ProbeStops.StopAll(probes, ProbeMode.PassiveThaw, now, "a probe cools with its freeze valve closed (stuck open?): argon supply closed");
        }
    }
}
