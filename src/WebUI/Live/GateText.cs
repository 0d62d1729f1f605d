using System.Globalization;
using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Conditions;
using CryoWeb.Controller.Frames;

namespace CryoWeb.WebUI.Live;

/// <summary>The safety gate's verdict and the measured-versus-commanded findings of a frame, in words for a probe's tile.</summary>
public static class GateText
{
    /// <summary>"Limited to 50 % by TS1 urethra", "Freezing blocked by TS1 urethra", ...; null when the probe is not limited.</summary>
    /// <param name="sensorName">The name of a thermocouple channel (the procedure's name where the team gave one).</param>
    public static string? LimitReason(int probe, double maxPowerPercent, GateCause cause, int subject, Func<int, string> sensorName)
    {
        ArgumentNullException.ThrowIfNull(sensorName);
        if (cause == GateCause.None || maxPowerPercent >= 100)
        {
            return null;
        }

        return cause switch
        {
            GateCause.CriticalStructureReduce or GateCause.CriticalStructureStop when maxPowerPercent > 0 =>
                string.Create(CultureInfo.InvariantCulture, $"Limited to {maxPowerPercent:0} % by {Isolate(sensorName(subject))}"),
            GateCause.CriticalStructureReduce or GateCause.CriticalStructureStop => $"Freezing blocked by {Isolate(sensorName(subject))}",
            GateCause.EmergencyStop => "Freezing blocked: emergency stop",
            GateCause.SensorBusFailure => "Freezing blocked: no temperature sensor answers",
            GateCause.ArgonOverPressure => "Freezing blocked: argon supply over pressure",
            GateCause.ProbeNotThawing when subject == probe => "Freezing blocked: this probe is not thawing",
            GateCause.ProbeNotThawing => $"Freezing blocked: argon closed (probe {subject + 1} not thawing)",
            _ => "Freezing blocked",
        };
    }

    /// <summary>What the tip says against the probe's mode, or why another probe's fault closed the argon; null when nothing.</summary>
    public static string? Disagreement(int probe, ControlFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var conditions = frame.Conditions;
        if (conditions[AlarmCondition.ProbeNotThawing, probe])
        {
            return "Not warming: freeze valve may be stuck open";
        }

        if (conditions[AlarmCondition.GasWithValveClosed, probe])
        {
            return "Cooling with its freeze valve closed: valve may be stuck open";
        }

        if (conditions[AlarmCondition.ProbeNotCooling, probe])
        {
            return "Not cooling while freezing: possible leak or blocked probe";
        }

        return frame.GateCauses[probe] == GateCause.ProbeNotThawing && frame.GateSubjects[probe] != probe
            ? $"Argon closed: probe {frame.GateSubjects[probe] + 1} not thawing"
            : null;
    }

    /// <summary>A name the team typed, isolated so its direction ends with it.</summary>
    private static string Isolate(string name) => $"\u2068{name}\u2069";
}
