using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Sensors;

namespace CryoWeb.Controller.Safety;

/// <summary>
/// A freezing (or sticking) probe whose tip thermocouple is missing, or invalid for longer than the grace (one glitch
/// is not enough), stops freezing: without its tip temperature nobody knows what the probe does.
/// </summary>
internal sealed class TipFaultInterlock(ProbeController[] probes)
{
    /// <summary>How long a freezing probe's tip may read invalid before its gas is stopped.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    public void Evaluate(int p, SensorReadings readings, DateTimeOffset now)
    {
        var probe = probes[p];
        if (!ProbeStops.UsesArgon(probe.Mode))
        {
            return;
        }

        int tip = readings.TipChannel(p);
        if (tip < 0 || readings.InvalidFor(tip, Grace, now))
        {
            probe.Force(ProbeMode.PassiveThaw, now, "tip thermocouple fault: freezing stopped");
        }
    }
}
