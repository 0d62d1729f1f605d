using System.Globalization;
using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Safety;
using CryoWeb.Controller.Sensors;
using CryoWeb.Hardware;
using CryoWeb.Controller.Configuration;

namespace CryoWeb.Controller.Control;

/// <summary>
/// A gate refusal (or a reduced freeze's note) in clinical words, naming sensors as the team does; called only when a
/// command meets the gate, never in a steady tick.
/// </summary>
internal sealed class GateWording(ControllerOptions options, SensorReadings readings, SensorGuardSet guards, IReadOnlyList<ThermocoupleChannelInfo> channels)
{
    /// <summary>The names in force (the running procedure's, else the plant's); set once by the host.</summary>
    public ISensorNaming? Naming { get; set; }

    /// <summary>The name a refusal gives a thermocouple channel: the team's name while a procedure runs ("TS1 urethra").</summary>
    public string SensorName(int channel) =>
        channel < 0 || channel >= channels.Count ? $"channel {channel}"
        : Naming is { } naming ? naming.SensorName(channel)
        : channels[channel].Name;

    public string Explain(int probe, GateReason reason)
    {
        string freezing = $"freezing probe {probe + 1} is blocked";
        int c = reason.Subject;
        return reason.Cause switch
        {
            GateCause.EmergencyStop => $"The emergency stop is active: {freezing}; reset it before using gas.",
            GateCause.SensorBusFailure => $"No temperature sensor answers: {freezing}.",
            GateCause.ArgonOverPressure => $"The argon supply is over pressure ({Psi(readings.ArgonPsi)}, maximum {options.SupplyMaxPsi:0} psi) and closed: {freezing}.",
            GateCause.ThawOverPressure => $"The thaw gas supply is over pressure ({Psi(readings.ThawPsi)}, maximum {options.SupplyMaxPsi:0} psi) and closed: active thaw of probe {probe + 1} is blocked; use passive thaw.",
            GateCause.CriticalStructureStop => $"{GuardState(c)}: {freezing}.",
            GateCause.CriticalStructureReduce => $"{GuardState(c)}: probe {probe + 1} is limited to {SensorGuard.ReducedPowerPercent:0} %.",
            GateCause.ProbeNotThawing => $"Argon is closed because probe {c + 1} is not thawing (its freeze valve may be stuck open): {freezing}. Check probe {c + 1}; the emergency-stop reset releases the argon.",
            _ => $"{freezing}.",
        };
    }

    private string GuardState(int channel)
    {
        string name = SensorName(channel);
        double limit = guards[channel] is { } guard ? guard.LimitCelsius : double.NaN;
        double now = channel >= 0 && channel < readings.Celsius.Length ? readings.Celsius[channel] : double.NaN;
        return double.IsNaN(now)
            ? string.Create(CultureInfo.InvariantCulture, $"{name} has no valid reading and guards a critical structure (limit {limit:0.#} °C)")
            : string.Create(CultureInfo.InvariantCulture, $"{name} is at {now:0.0} °C, its limit is {limit:0.#} °C");
    }

    private static string Psi(double psi) => double.IsNaN(psi) ? "unknown" : string.Create(CultureInfo.InvariantCulture, $"{psi:0} psi");
}
