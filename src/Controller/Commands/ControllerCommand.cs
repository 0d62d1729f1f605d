using System.Text.Json.Serialization;

namespace CryoWeb.Controller.Commands;

/// <summary>
/// A request to the control loop: plain, immutable data (no delegates, no live objects), so it can cross a process
/// boundary as JSON (the type discriminator names the command). The control tick executes it at its command step,
/// against the safety verdict of that tick; the answer comes back from <c>ControlCore.Submit</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "command")]
[JsonDerivedType(typeof(SetProbeModeCommand), "setProbeMode")]
[JsonDerivedType(typeof(StartProtocolCommand), "startProtocol")]
[JsonDerivedType(typeof(ProtocolActionCommand), "protocolAction")]
[JsonDerivedType(typeof(SetSensorGuardsCommand), "setSensorGuards")]
[JsonDerivedType(typeof(ResetEmergencyStopCommand), "resetEmergencyStop")]
[JsonDerivedType(typeof(CloseProcedureCommand), "closeProcedure")]
public abstract record ControllerCommand
{
    /// <summary>Who asked (for the audit trail).</summary>
    public string User { get; init; } = "system";
}
