namespace CryoWeb.Controller.Commands;

/// <summary>
/// The controller's part of finishing a procedure, in one tick so nothing can start between the check and the
/// clean-up: refused while any probe uses gas (freeze, stick, active thaw); else every protocol is stopped and
/// cleared (a protocol in a thaw step would start freezing again by itself) and the sensor guards are removed,
/// so the next patient starts from a clean console.
/// </summary>
public sealed record CloseProcedureCommand : ControllerCommand;
