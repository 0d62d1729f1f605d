using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Control;

namespace CryoWeb.Controller.Commands;

/// <summary>
/// Releases the emergency-stop latch, and the argon hold of a probe found not thawing (its stuck valve dealt with).
/// Probes stay off; the vent closes on the next tick.
/// </summary>
public sealed class ResetEmergencyStopCommand : ControllerCommand
{
    internal override CommandOutcome Execute(ControlCore core, DateTimeOffset now)
    {
        bool released = core.ReleaseArgonHold();
        if (!core.EmergencyStopLatched)
        {
            return released ? CommandOutcome.Ok : CommandOutcome.Refused("emergencyStop: none is latched, so there is nothing to reset.");
        }

        core.ClearEmergencyStop();
        return CommandOutcome.Ok;
    }
}
