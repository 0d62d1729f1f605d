namespace CryoWeb.Architecture.Tests;

/// <summary>
/// The one list of what the web may not touch (issue 15, "The contract"): the hardware, and the control core's
/// internals. The web reaches the controller only through the contract (CryoWeb.Controller.Contract: the command
/// service's outcomes, the read model and the description) and the plain records and enums they carry. Names are
/// prefixes of full type names, as NetArchTest matches them.
/// </summary>
internal static class ControlInternals
{
    public static readonly IReadOnlyList<string> ForbiddenToWeb =
    [
        "CryoWeb.Hardware",
        "CryoWeb.Controller.Control.ControlCore",
        "CryoWeb.Controller.Probes.ProbeController",
        "CryoWeb.Controller.Protocols.ProtocolRun",
        "CryoWeb.Controller.Gate.SafetyGate",
        "CryoWeb.Controller.Gate.ThawWatch",
        "CryoWeb.Controller.Probes.SupplyState",
        "CryoWeb.Controller.Commands.ControllerCommand",
        "CryoWeb.Controller.Commands.SetProbeModeCommand",
        "CryoWeb.Controller.Commands.StartProtocolCommand",
        "CryoWeb.Controller.Commands.ProtocolActionCommand",
        "CryoWeb.Controller.Commands.SetSensorGuardsCommand",
        "CryoWeb.Controller.Commands.CloseProcedureCommand",
        "CryoWeb.Controller.Commands.ResetEmergencyStopCommand",
    ];
}
