using System.Globalization;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Safety;

namespace CryoWeb.Controller.Commands;

/// <summary>
/// The one command surface of the console, used by the UI, the REST API and the tests: every command is authorised
/// by the caller's role, validated (by the control tick, so nothing changes on error), audited with its outcome, and
/// answered. Only Operators drive gas; emergency stop is also open to Admins.
/// </summary>
public sealed class ConsoleCommandService(ControlCore core, IAuditSink audit, TimeProvider time)
{
    /// <summary>The refusal of a command whose caller's session has ended since the page or connection opened.</summary>
    public const string SessionEnded = "Your sign-in has ended (signed out, account disabled, role or password changed, or idle): sign in again.";

    public Task<CommandOutcome> SetProbeMode(Caller caller, int probe, ProbeMode mode, double powerPercent = 100) =>
        Run(caller, "SetProbeMode", Invariant($"probe={probe} mode={mode} powerPercent={powerPercent}"), () => new SetProbeModeCommand(probe, mode, powerPercent));

    public Task<CommandOutcome> StartProtocol(Caller caller, ProtocolDefinition protocol, IReadOnlyList<int> probes) =>
        Run(caller, "StartProtocol", $"protocol={protocol?.Name} probes=[{string.Join(',', probes ?? [])}]", () => new StartProtocolCommand(protocol!, probes ?? []));

    public Task<CommandOutcome> ProtocolAction(Caller caller, int probe, ProtocolAction action, TimeSpan extendBy = default) =>
        Run(caller, "ProtocolAction", Invariant($"probe={probe} action={action} extendBy={extendBy}"), () => new ProtocolActionCommand(probe, action, extendBy));

    public Task<CommandOutcome> SetSensorGuards(Caller caller, IReadOnlyList<SensorGuard> guards) =>
        Run(caller, "SetSensorGuards", $"sensors={guards?.Count ?? 0}", () => new SetSensorGuardsCommand(guards ?? []));

    public Task<CommandOutcome> ResetEmergencyStop(Caller caller) =>
        Run(caller, "ResetEmergencyStop", string.Empty, () => new ResetEmergencyStopCommand());

    /// <summary>Closes the gas on the calling thread before returning (no queue), then audits.</summary>
    public CommandOutcome EmergencyStop(Caller caller)
    {
        var refused = Authorise(caller, "EmergencyStop", ConsoleRole.Operator, ConsoleRole.Admin);
        if (refused is null)
        {
            core.EmergencyStop();
        }

        var outcome = refused ?? CommandOutcome.Ok;
        Audit(caller, "EmergencyStop", string.Empty, outcome);
        return outcome;
    }

    private async Task<CommandOutcome> Run(Caller caller, string command, string parameters, Func<ControllerCommand> create)
    {
        var outcome = Authorise(caller, command, ConsoleRole.Operator);
        if (outcome is null)
        {
            var request = create();
            outcome = await core.Submit(request).ConfigureAwait(false);
        }

        Audit(caller, command, parameters, outcome);
        return outcome;
    }

    /// <summary>
    /// Null when <paramref name="caller"/> may run <paramref name="command"/> now, else the refusal: the caller's session
    /// has ended (signed out, disabled, role or password changed, idle), or the role needed is named.
    /// </summary>
    public static CommandOutcome? Authorise(Caller caller, string command, params ConsoleRole[] allowed)
    {
        if (caller is null || string.IsNullOrWhiteSpace(caller.User))
        {
            return CommandOutcome.Refused("caller: who sends the command must be known.");
        }

        if (caller.Session is { IsOpen: false })
        {
            return CommandOutcome.Refused(SessionEnded);
        }

        return allowed.Contains(caller.Role)
            ? null
            : CommandOutcome.Refused($"{caller.User} ({caller.Role}) may not run {command}: it needs the {string.Join(" or ", allowed)} role.");
    }

    private void Audit(Caller caller, string command, string parameters, CommandOutcome outcome) =>
        audit.Record(AuditEntry.For(time, caller, command, parameters, outcome));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
