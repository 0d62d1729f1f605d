namespace CryoWeb.Controller.Commands;

/// <summary>
/// Releases the emergency-stop latch, and the argon hold of a probe found not thawing (its stuck valve dealt with).
/// Probes stay off; the vent closes on the next tick.
/// </summary>
public sealed record ResetEmergencyStopCommand : ControllerCommand;
