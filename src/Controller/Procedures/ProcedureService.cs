using CryoWeb.Controller.Setup;
using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Naming;
using CryoWeb.Controller.Storage;

namespace CryoWeb.Controller.Procedures;

/// <summary>
/// The procedure lifecycle: create (set-up checked against the plant), run (sensor guards applied, every frame
/// recorded, gas allowed), finish (only once no gas flows; protocols and guards cleared). A procedure still running when the process dies is marked
/// interrupted by the store at the next start. One procedure runs at a time; every step is authorised and audited.
/// </summary>
public sealed class ProcedureService(ProcedureStore store, ConsoleDescription console, ConsoleCommandService commands, SampleRecorder recorder, IAuditSink audit, TimeProvider time, ProcedureGasPermit permit, ProcedureNaming? naming = null)
{
    private readonly Dictionary<Guid, ProcedureSetup> _created = [];
    private readonly Lock _lock = new();
    private ProcedureSetup? _runningSetup;
    private Guid? _starting;
    private string? _startingLabel;
    private Guid? _finishing;

    /// <summary>The running procedure, if any.</summary>
    public Guid? Running => recorder.Recording;

    /// <summary>The set-up of the running procedure (sensor names, limits, probes in use); null when none runs.</summary>
    public ProcedureSetup? RunningSetup => Running is null ? null : Volatile.Read(ref _runningSetup);

    /// <summary>The set-up of a procedure created but not yet started, else null.</summary>
    public ProcedureSetup? WaitingSetup(Guid procedureId)
    {
        lock (_lock)
        {
            return _created.GetValueOrDefault(procedureId);
        }
    }

    public Task<(CommandOutcome Outcome, ProcedureRecord? Procedure)> CreateAsync(Caller caller, ProcedureSetup setup)
    {
        var outcome = ConsoleCommandService.Authorise(caller, "CreateProcedure", ConsoleRole.Operator)
            ?? (setup is null ? CommandOutcome.Invalid("setup", "setup: missing.") : null)
            ?? (setup!.Problem(console) is string problem ? CommandOutcome.Invalid(problem) : null);
        ProcedureRecord? record = null;
        if (outcome is null)
        {
            record = store.CreateProcedure(setup!.Label.Trim(), caller.User, setup.Organ.Trim(), setup.ChannelNames(console), setup.RecordedSensors(), console.ProbeTipChannels());
            outcome = record is null ? CommandOutcome.Refused($"storage: the procedure could not be saved ({store.Health.Reason ?? "queue full"}).") : CommandOutcome.Ok;
            if (record is not null)
            {
                lock (_lock)
                {
                    _created[record.Id] = setup;
                }
            }
        }

        Audit(caller, "CreateProcedure", $"label={setup?.Label} organ={setup?.Organ}", outcome);
        return Task.FromResult((outcome, record));
    }

    /// <summary>
    /// Starts a created procedure: its guards go to the controller, then it is recorded as running. One atomic step: the
    /// procedure is claimed under the lock before the guards are sent, so a second start sent at the same moment (of
    /// this or another procedure) is refused with the reason instead of both running with one procedure's guards
    /// enforced and the other's shown.
    /// </summary>
    public async Task<CommandOutcome> StartAsync(Caller caller, Guid procedureId)
    {
        var outcome = ConsoleCommandService.Authorise(caller, "StartProcedure", ConsoleRole.Operator);
        ProcedureSetup? setup = null;
        lock (_lock)
        {
            if (outcome is null && (Running ?? _starting ?? _finishing) is Guid busy)
            {
                string label = (Running is null ? _startingLabel : Volatile.Read(ref _runningSetup)?.Label) ?? busy.ToString();
                outcome = CommandOutcome.Refused(busy == procedureId
                    ? $"procedureId: procedure '{label}' ({procedureId}) is already starting or running."
                    : $"procedure: '{label}' is running ({busy}); finish it first.");
            }
            else if (outcome is null && !_created.Remove(procedureId, out setup))
            {
                outcome = CommandOutcome.Refused($"procedureId: {procedureId} is not a procedure waiting to start.");
            }
            else if (outcome is null)
            {
                _starting = procedureId;
                _startingLabel = setup!.Label;
            }
        }

        if (outcome is null)
        {
            try
            {
                // The names come before the guards: an alarm the guards raise in their first tick names the team's sensor.
                naming?.Use(procedureId, setup!);
                outcome = await commands.SetSensorGuards(caller, setup!.Guards()).ConfigureAwait(false);
                if (outcome.Accepted)
                {
                    Volatile.Write(ref _runningSetup, setup);
                    store.StartProcedure(procedureId);
                    recorder.Begin(procedureId);
                    permit.Open(procedureId, setup.ProbesInUse);
                }
            }
            finally
            {
                lock (_lock)
                {
                    if (outcome is not { Accepted: true })
                    {
                        naming?.Reset();
                        _created[procedureId] = setup!;
                    }

                    _starting = null;
                    _startingLabel = null;
                }
            }
        }

        Audit(caller, "StartProcedure", $"procedureId={procedureId}", outcome!);
        return outcome!;
    }

    /// <summary>
    /// Finishes the running procedure. Whether gas still flows is decided by the control tick together with the clean-up
    /// (<see cref="ConsoleCommandService.CloseProcedure"/>, after the gas permit closed), never checked here: a freeze
    /// queued before the finish is seen by it. The finish is claimed under the lock first, so a second finish sent at
    /// the same moment is refused instead of ending the record twice, and no start slips in before the names are reset.
    /// </summary>
    public async Task<CommandOutcome> FinishAsync(Caller caller, Guid procedureId)
    {
        var outcome = ConsoleCommandService.Authorise(caller, "FinishProcedure", ConsoleRole.Operator);
        lock (_lock)
        {
            if (outcome is null && _finishing == procedureId)
            {
                outcome = CommandOutcome.Refused($"procedureId: {procedureId} is already being finished.");
            }
            else if (outcome is null && Running != procedureId)
            {
                outcome = CommandOutcome.Refused($"procedureId: {procedureId} is not the running procedure.");
            }
            else if (outcome is null)
            {
                _finishing = procedureId;
            }
        }

        if (outcome is null)
        {
            try
            {
                outcome = await commands.CloseProcedure(caller, procedureId).ConfigureAwait(false);
                if (outcome.Accepted)
                {
                    recorder.End();
                    Volatile.Write(ref _runningSetup, null);
                    store.FinishProcedure(procedureId);
                    naming?.Reset();
                    await store.FlushAsync().ConfigureAwait(false);
                }
            }
            finally
            {
                lock (_lock)
                {
                    _finishing = null;
                }
            }
        }

        Audit(caller, "FinishProcedure", $"procedureId={procedureId}", outcome);
        return outcome;
    }

    private void Audit(Caller caller, string command, string parameters, CommandOutcome outcome) =>
        audit.Record(AuditEntry.For(time, caller, command, parameters, outcome));
}
