using System.Globalization;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;

namespace CryoWeb.WebUI.Live;

/// <summary>
/// Which gas controls the console would refuse now, and why in clinical words, so a tile disables them with the
/// reason instead of asking and then being refused. The same rules as the controller's, which still refuses on its
/// own (this is only what the screen knows). Stop, passive thaw, pause and abort are never gated.
/// </summary>
/// <param name="ArgonMinPsi">Argon pressure below which the controller refuses to freeze.</param>
/// <param name="ThawMinPsi">Thaw gas pressure below which the controller refuses an active thaw.</param>
public sealed record GasControlGate(double ArgonMinPsi, double ThawMinPsi)
{
    public const string EmergencyStop = "Emergency stop is active: reset it to use gas.";

    /// <summary>Null when <paramref name="control"/> of <paramref name="probe"/> may be used now, else why not.</summary>
    public string? Refusal(GasControl control, ProbeStatus probe, LiveStatus status)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(status);
        if (control == GasControl.Extend && probe.Mode != ProbeMode.Freeze)
        {
            return null; // a minute more of a thaw uses no argon
        }

        if (status.EmergencyStopLatched)
        {
            return EmergencyStop;
        }

        if (status.ProcedureId is null)
        {
            return ProcedureGasPermit.NoProcedure;
        }

        if (!probe.InUse)
        {
            return ProcedureGasPermit.NotInUse(probe.Number);
        }

        if (control is GasControl.Freeze or GasControl.Stick or GasControl.ActiveThaw
            && probe.ProtocolState is ProtocolState.Running or ProtocolState.Paused)
        {
            return $"A protocol drives probe {probe.Number}: abort it (or press Stop) before choosing a mode by hand.";
        }

        if (control == GasControl.ActiveThaw)
        {
            return Short(status.Thaw, ThawMinPsi) is string thaw ? $"No thaw gas ({thaw}): use passive thaw." : null;
        }

        // The controller's safety gate blocks freezing this probe (a guard at its limit, argon held closed...).
        if (probe.PowerLimitPercent is <= 0 && probe.PowerLimitReason is string blocked)
        {
            return blocked + ".";
        }

        if (Short(status.Argon, ArgonMinPsi) is string argon)
        {
            return $"Not enough argon to freeze ({argon}).";
        }

        bool tipValid = probe.TipFault is null && double.IsFinite(probe.TipCelsius);
        return tipValid || control == GasControl.Extend
            ? null
            : $"Probe {probe.Number} tip sensor has no valid reading ({probe.TipFault ?? "no reading"}): freezing needs the tip temperature.";
    }

    /// <summary>Null when the supply has at least <paramref name="minPsi"/>, else what is wrong with it.</summary>
    private static string? Short(SupplyStatus supply, double minPsi) =>
        supply.Fault is not null ? $"pressure reading: {supply.Fault}"
        : !double.IsFinite(supply.Psi) ? "no pressure reading"
        : supply.Psi >= minPsi ? null
        : string.Create(CultureInfo.InvariantCulture, $"{supply.Psi:0} psi, needs {minPsi:0} psi");
}
