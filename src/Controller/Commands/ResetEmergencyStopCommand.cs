using CryoWeb.Controller.Control;

namespace CryoWeb.Controller.Commands;

/// <summary>Releases the emergency-stop latch. Probes stay off; the vent closes on the next tick.</summary>
public sealed class ResetEmergencyStopCommand : ControllerCommand
{
    internal override CommandOutcome Execute(ControlCore core, DateTimeOffset now)
    {
        if (!core.EmergencyStopLatched)
        {
            return CommandOutcome.Refused("emergencyStop: none is latched, so there is nothing to reset.");
        }

        core.ClearEmergencyStop();
        return CommandOutcome.Ok;
    }
}
