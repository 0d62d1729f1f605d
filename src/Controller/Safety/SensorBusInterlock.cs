using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Sensors;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Safety;

/// <summary>
/// A thermocouple fault alarm per faulty channel; when no channel answers at all (sensor bus failure) no temperature is
/// known, so no probe may freeze and every gas stops (passive thaw).
/// </summary>
internal sealed class SensorBusInterlock(SafetyGate gate, ConditionSet conditions, ProbeController[] probes)
{
    public void Evaluate(SensorReadings readings, DateTimeOffset now)
    {
        for (int c = 0; c < readings.ChannelCount; c++)
        {
            if (readings.Faults[c] != SensorFaults.None)
            {
                conditions[AlarmCondition.ThermocoupleFault, c] = true;
            }
        }

        if (!readings.BusDown)
        {
            return;
        }

        conditions[AlarmCondition.SensorBusFailure, -1] = true;
        for (int p = 0; p < probes.Length; p++)
        {
            gate.Limit(p, 0, new GateReason(GateCause.SensorBusFailure, -1));
        }

        ProbeStops.StopAll(probes, ProbeMode.PassiveThaw, now, "sensor bus failure: no temperatures");
    }
}
