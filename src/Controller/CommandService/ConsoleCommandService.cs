using CryoWeb.Controller.Commands;
using CryoWeb.Controller.ReadModel;
using CryoWeb.Controller.Outcomes;
using System.Globalization;
using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Presets;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Safety;

namespace CryoWeb.Controller.CommandService;

/// <summary>
/// The one command surface of the console, used by the UI, the REST API and the tests: every command is authorised
/// by the caller's role, validated (by the control tick, so nothing changes on error), audited with its outcome, and
/// answered. Only Operators drive gas; emergency stop is also open to Admins. Gas is started only inside a recorded
/// procedure (<see cref="ProcedureGasPermit"/>): freeze, stick, active thaw, a protocol's start, resume, skip and extension
/// are refused while none runs; stopping gas (off, passive thaw, pause, abort, emergency stop) is always allowed.
/// Alarm acknowledge and audio pause/resume are commands here too (Operators, audited, one mapping of the alarm
/// manager's answers). Bad input (a probe the console does not have, an undefined mode or action, a power the mode
/// does not take, a protocol that is not valid) is answered <see cref="CommandOutcomeKind.Invalid"/> naming the field
/// before anything is queued, so no transport re-validates; the tick checks again what it executes.
/// Replacing the protocol presets is an Admin's command here too, saved by <see cref="ProtocolLibrary"/>.
/// </summary>
public sealed class ConsoleCommandService(ICommandChannel core, IAuditSink audit, TimeProvider time, ProcedureGasPermit permit, AlarmManager? alarms = null, ConsoleReadModel? readModel = null, ProtocolLibrary? library = null)
{
    /// <summary>The refusal of a command whose caller's session has ended since the page or connection opened.</summary>
    public const string SessionEnded = "Your sign-in has ended (signed out, account disabled, role or password changed, or idle): sign in again.";

    /// <summary>The supply pressures below which the controller refuses gas (for controls disabled with the reason).</summary>
    public (double ArgonMinPsi, double ThawMinPsi) SupplyMinimums => (core.Options.ArgonMinPsi, core.Options.ThawMinPsi);

    public Task<CommandOutcome> SetProbeMode(Caller caller, int probe, ProbeMode mode, double powerPercent = 100) =>
        Run(caller, "SetProbeMode", Invariant($"probe={probe} mode={mode} powerPercent={powerPercent}"), () => new SetProbeModeCommand(probe, mode, powerPercent),
            gasFor: mode is ProbeMode.Freeze or ProbeMode.Stick or ProbeMode.ActiveThaw ? [probe] : null,
            invalid: ProbeInvalid(probe)
                ?? (Enum.IsDefined(mode) ? null : CommandOutcome.Invalid("mode", $"mode: '{mode}' is not a probe mode."))
                ?? (ProtocolStep.PowerProblem(mode, powerPercent) is string power ? CommandOutcome.Invalid("powerPercent", power) : null));

    public async Task<CommandOutcome> StartProtocol(Caller caller, ProtocolDefinition protocol, IReadOnlyList<int> probes)
    {
        // Recorded before the tick can show the protocol running, restored when it is refused: the live view names the
        // protocol from the first frame that runs it.
        var before = readModel?.ProtocolsSnapshot();
        int count = core.ProbeCount;
        var starting = probes is { Count: > 0 } ? probes.Select(p => p - 1) : Enumerable.Range(0, count);
        if (protocol is not null)
        {
            readModel?.ProtocolStarting(protocol, [.. starting]);
        }

        var outcome = await Run(caller, "StartProtocol", $"protocol={protocol?.Name} probes=[{string.Join(',', probes ?? [])}]", () => new StartProtocolCommand(protocol!, probes ?? []), gasFor: probes ?? [],
            invalid: protocol is null ? CommandOutcome.Invalid("protocol", "protocol: a protocol is needed.")
                : protocol.Problem() is string problem ? CommandOutcome.Invalid($"protocol.{problem}")
                : (probes ?? []).Select(ProbeInvalid).FirstOrDefault(p => p is not null)).ConfigureAwait(false);
        if (!outcome.Accepted && before is not null)
        {
            readModel!.RestoreProtocols(before);
        }

        return outcome;
    }

    /// <param name="probe">1-based; 0 = every probe whose protocol is active.</param>
    public Task<CommandOutcome> ProtocolAction(Caller caller, int probe, ProtocolAction action, TimeSpan extendBy = default) =>
        Run(caller, "ProtocolAction", Invariant($"probe={probe} action={action} extendBy={extendBy}"), () => new ProtocolActionCommand(probe, action, extendBy),
            gasFor: action is not (Commands.ProtocolAction.Pause or Commands.ProtocolAction.Abort) ? [probe] : null,
            invalid: (probe == 0 ? null : ProbeInvalid(probe)) ?? (Enum.IsDefined(action) ? null : CommandOutcome.Invalid("action", $"action: '{action}' is not a protocol action.")));

    /// <summary>
    /// Acknowledges alarm <paramref name="alarmId"/> (Operators): it stops sounding, and ends when its condition has
    /// cleared. An id not shown is <see cref="CommandOutcomeKind.Invalid"/> on "id"; an alarm already acknowledged or an
    /// information signal is refused with the reason.
    /// </summary>
    public CommandOutcome AcknowledgeAlarm(Caller caller, long alarmId) =>
        RunNow(caller, "AcknowledgeAlarm", Invariant($"alarm={alarmId}"), user => Alarms.Acknowledge(alarmId, user) switch
        {
            AcknowledgeResult.Acknowledged => CommandOutcome.Ok,
            AcknowledgeResult.UnknownAlarm => CommandOutcome.Invalid("id", Invariant($"id: no alarm {alarmId} is shown (it never existed or has ended).")),
            AcknowledgeResult.AlreadyAcknowledged => CommandOutcome.Refused(Invariant($"Alarm {alarmId} is already acknowledged.")),
            _ => CommandOutcome.Refused(Invariant($"Alarm {alarmId} is an information signal; it needs no acknowledgement.")),
        });

    /// <summary>Pauses the alarm sound for the alarm manager's pause (Operators); a new alarm of higher priority still sounds.</summary>
    public CommandOutcome PauseAudio(Caller caller) =>
        RunNow(caller, "PauseAudio", "duration=" + (alarms?.AudioPauseDuration ?? TimeSpan.Zero).ToString("c", CultureInfo.InvariantCulture), user =>
        {
            Alarms.PauseAudio(user);
            return CommandOutcome.Ok;
        });

    /// <summary>Ends the audio pause early (Operators); refused when audio was not paused.</summary>
    public CommandOutcome ResumeAudio(Caller caller) =>
        RunNow(caller, "ResumeAudio", string.Empty, user => Alarms.ResumeAudio(user) ? CommandOutcome.Ok : CommandOutcome.Refused("Audio was not paused."));

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
            else
            {
                readModel?.ProtocolsCleared();
            }
        }

        Audit(caller, "CloseProcedure", $"procedureId={procedureId}", outcome);
        return outcome;
    }

    /// <summary>
    /// Replaces the whole list of protocol presets (Admins): Invalid naming the field ("presets[2].steps[0].mode") and
    /// nothing saved when the list is not valid; refused when the store cannot save it; audited either way.
    /// </summary>
    public async Task<CommandOutcome> ReplaceProtocolPresets(Caller caller, IReadOnlyList<ProtocolDefinition> presets)
    {
        var outcome = Authorise(caller, "SaveProtocolPresets", ConsoleRole.Admin)
            ?? (ProtocolLibrary.Problem(presets) is string problem ? CommandOutcome.Invalid(problem) : null)
            ?? (library is null ? CommandOutcome.Refused("This console has no preset library.") : null);
        if (outcome is null)
        {
            string? failed = await library!.SaveAsync(presets).ConfigureAwait(false);
            outcome = failed is null ? CommandOutcome.Ok : CommandOutcome.Refused(failed);
        }

        Audit(caller, "SaveProtocolPresets", Invariant($"presets={presets?.Count ?? 0}"), outcome);
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
    /// <param name="invalid">The answer to bad input, checked after the role and before anything is queued; null when valid.</param>
    private async Task<CommandOutcome> Run(Caller caller, string command, string parameters, Func<ControllerCommand> create, IReadOnlyList<int>? gasFor = null, CommandOutcome? invalid = null)
    {
        var outcome = Authorise(caller, command, ConsoleRole.Operator) ?? invalid;
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

    /// <summary>A command answered on the calling thread (the alarm manager is thread-safe and never on the control thread): Operators only, audited.</summary>
    private CommandOutcome RunNow(Caller caller, string command, string parameters, Func<string, CommandOutcome> act)
    {
        var outcome = Authorise(caller, command, ConsoleRole.Operator)
            ?? (alarms is null ? CommandOutcome.Refused("This console has no alarm manager.") : act(caller.User));
        Audit(caller, command, parameters, outcome);
        return outcome;
    }

    private AlarmManager Alarms => alarms ?? throw new InvalidOperationException("No alarm manager.");

    /// <summary>Invalid on "probe" when 1-based <paramref name="probe"/> is not a probe of this console.</summary>
    private CommandOutcome? ProbeInvalid(int probe) =>
        probe >= 1 && probe <= core.ProbeCount ? null : CommandOutcome.Invalid("probe", Invariant($"probe: {probe} does not exist; the console has probes 1 to {core.ProbeCount}."));

    private void Audit(Caller caller, string command, string parameters, CommandOutcome outcome) =>
        audit.Record(AuditEntry.For(time, caller, command, parameters, outcome));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
