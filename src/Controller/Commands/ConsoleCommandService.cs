using System.Globalization;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Safety;

namespace CryoWeb.Controller.Commands;

/// <summary>
/// The one command surface of the console, used by the UI, the REST API and the tests: every command is authorised
/// by the caller's role, validated (by the control tick, so nothing changes on error), audited with its outcome, and
/// answered. Only Operators drive gas; emergency stop is also open to Admins. Gas is started only inside a recorded
/// procedure (<see cref="ProcedureGasPermit"/>): freeze, stick, active thaw, a protocol's start, resume, skip and extension
/// are refused while none runs; stopping gas (off, passive thaw, pause, abort, emergency stop) is always allowed.
/// </summary>
public sealed class ConsoleCommandService(ControlCore core, IAuditSink audit, TimeProvider time, ProcedureGasPermit permit)
{
    /// <summary>The refusal of a command whose caller's session has ended since the page or connection opened.</summary>
    public const string SessionEnded = "Your sign-in has ended (signed out, account disabled, role or password changed, or idle): sign in again.";

    /// <summary>The supply pressures below which the controller refuses gas (for controls disabled with the reason).</summary>
    public (double ArgonMinPsi, double ThawMinPsi) SupplyMinimums => (core.Options.ArgonMinPsi, core.Options.ThawMinPsi);

    public Task<CommandOutcome> SetProbeMode(Caller caller, int probe, ProbeMode mode, double powerPercent = 100) =>
        Run(caller, "SetProbeMode", Invariant($"probe={probe} mode={mode} powerPercent={powerPercent}"), () => new SetProbeModeCommand(probe, mode, powerPercent),
            gasFor: mode is ProbeMode.Freeze or ProbeMode.Stick or ProbeMode.ActiveThaw ? [probe] : null);

    public Task<CommandOutcome> StartProtocol(Caller caller, ProtocolDefinition protocol, IReadOnlyList<int> probes) =>
        Run(caller, "StartProtocol", $"protocol={protocol?.Name} probes=[{string.Join(',', probes ?? [])}]", () => new StartProtocolCommand(protocol!, probes ?? []), gasFor: probes ?? []);

    public Task<CommandOutcome> ProtocolAction(Caller caller, int probe, ProtocolAction action, TimeSpan extendBy = default) =>
        Run(caller, "ProtocolAction", Invariant($"probe={probe} action={action} extendBy={extendBy}"), () => new ProtocolActionCommand(probe, action, extendBy),
            gasFor: action is not (Commands.ProtocolAction.Pause or Commands.ProtocolAction.Abort) ? [probe] : null);

    /// <summary>
    /// The controller's part of finishing a procedure (no gas may flow; protocols and guards cleared, in one tick).
    /// Closes the gas permit first, so no gas command can slip in between the check and the finish; reopens it for
    /// <paramref name="procedureId"/> when refused.
    /// </summary>
    public async Task<CommandOutcome> CloseProcedure(Caller caller, Guid procedureId)
    {
        var outcome = Authorise(caller, "CloseProcedure", ConsoleRole.Operator);
        if (outcome is null)
        {
            permit.Close();
            outcome = await core.Submit(new CloseProcedureCommand()).ConfigureAwait(false);
            if (!outcome.Accepted)
            {
                permit.Reopen(procedureId);
            }
        }

        Audit(caller, "CloseProcedure", $"procedureId={procedureId}", outcome);
        return outcome;
    }

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

    /// <param name="gasFor">The probes (1-based) the command can send gas to; null when it starts no gas.</param>
    private async Task<CommandOutcome> Run(Caller caller, string command, string parameters, Func<ControllerCommand> create, IReadOnlyList<int>? gasFor = null)
    {
        var outcome = Authorise(caller, command, ConsoleRole.Operator);
        if (outcome is null)
        {
            var request = create();
            outcome = await (gasFor is not null ? permit.Submit(core, request, gasFor) : core.Submit(request)).ConfigureAwait(false);
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
