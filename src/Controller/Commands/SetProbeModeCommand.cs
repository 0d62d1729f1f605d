using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;

namespace CryoWeb.Controller.Commands;

/// <summary>Manual control of one probe: freeze at a power, stick, passive or active thaw, off. Refused while a protocol drives it.</summary>
public sealed class SetProbeModeCommand(int probeNumber, ProbeMode mode, double powerPercent = 100) : ControllerCommand
{
    public int ProbeNumber { get; } = probeNumber;

    public ProbeMode Mode { get; } = mode;

    public double PowerPercent { get; } = powerPercent;

    internal override CommandOutcome Execute(ControlCore core, DateTimeOffset now)
    {
        if (!Enum.IsDefined(Mode))
        {
            return CommandOutcome.Refused($"mode: '{Mode}' is not a probe mode.");
        }

        // Freeze power is checked by the probe, with the probe's state; a power given to a mode that takes none is not.
        if (Mode != ProbeMode.Freeze && ProtocolStep.PowerProblem(Mode, PowerPercent) is string power)
        {
            return CommandOutcome.Refused(power);
        }

        int p = ProbeSelection.Index(ProbeNumber, core.Probes.Count);
        if (core.Protocols[p].IsActive && Mode is not (ProbeMode.Off or ProbeMode.PassiveThaw))
        {
            return CommandOutcome.Refused($"Probe {ProbeNumber}: a protocol is running on it; pause or abort the protocol first.");
        }

        if (core.Protocols[p].IsActive)
        {
            // Stopping gas is always allowed: Stop or Passive thaw ends the protocol, then the probe takes the mode asked.
            var aborted = core.Protocols[p].Abort(core.Probes[p], now, "stopped by operator");
            if (!aborted.Accepted || Mode == ProbeMode.Off)
            {
                return aborted;
            }
        }

        return core.Probes[p].TrySet(Mode, PowerPercent, core.Supply, core.TipValid(p), now);
    }
}
