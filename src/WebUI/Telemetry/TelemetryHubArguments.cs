using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using Microsoft.AspNetCore.SignalR;

namespace CryoWeb.WebUI.Telemetry;

/// <summary>Checks the arguments of hub commands from scripts and the chart: a clear error naming the field, or the value.</summary>
public static class TelemetryHubArguments
{
    /// <summary>Longest protocol step extension one command may ask for (the controller caps the total at 30 min).</summary>
    public const double MaxExtendSeconds = 30 * 60;

    public static ProbeMode Mode(string? mode) =>
        Enum.TryParse(mode, ignoreCase: true, out ProbeMode parsed) && Enum.IsDefined(parsed) && !int.TryParse(mode, out _)
            ? parsed
            : throw new HubException($"mode: '{mode}' is not a probe mode ({string.Join(", ", Enum.GetNames<ProbeMode>())}).");

    public static ProtocolAction Action(string? action) =>
        Enum.TryParse(action, ignoreCase: true, out ProtocolAction parsed) && Enum.IsDefined(parsed) && !int.TryParse(action, out _)
            ? parsed
            : throw new HubException($"action: '{action}' is not a protocol action ({string.Join(", ", Enum.GetNames<ProtocolAction>())}).");

    public static TimeSpan ExtendBy(double extendSeconds) =>
        double.IsFinite(extendSeconds) && extendSeconds >= 0 && extendSeconds <= MaxExtendSeconds
            ? TimeSpan.FromSeconds(extendSeconds)
            : throw new HubException($"extendSeconds: {extendSeconds} is not between 0 and {MaxExtendSeconds} s.");

    public static double PowerPercent(double powerPercent) =>
        double.IsFinite(powerPercent)
            ? powerPercent
            : throw new HubException($"powerPercent: {powerPercent} is not a number of percent.");
}
