using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Probes;

namespace CryoWeb.Controller.Commands;

/// <summary>
/// The controller's part of finishing a procedure, in one tick so nothing can start between the check and the
/// clean-up: refused while any probe uses gas (freeze, stick, active thaw); else every protocol is stopped and
/// cleared (a protocol in a thaw step would start freezing again by itself) and the sensor guards are removed,
/// so the next patient starts from a clean console.
/// </summary>
public sealed class CloseProcedureCommand : ControllerCommand
{
    internal override CommandOutcome Execute(ControlCore core, DateTimeOffset now)
    {
        for (int p = 0; p < core.Probes.Count; p++)
        {
            var probe = core.Probes[p];
            if (probe.Mode is ProbeMode.Freeze or ProbeMode.Stick or ProbeMode.ActiveThaw)
            {
                return CommandOutcome.Refused($"Probe {p + 1} is still using gas ({GasWord(probe.Mode)}): stop it before finishing the procedure.");
            }
        }

        for (int p = 0; p < core.Probes.Count; p++)
        {
            if (core.Protocols[p].IsActive)
            {
                core.Protocols[p].Abort(core.Probes[p], now, "procedure finished");
            }

            core.Protocols[p].Clear();
        }

        core.SetGuards([]);
        return CommandOutcome.Ok;
    }

    private static string GasWord(ProbeMode mode) => mode switch
    {
        ProbeMode.Freeze => "freezing",
        ProbeMode.Stick => "stick",
        _ => "active thaw",
    };
}
