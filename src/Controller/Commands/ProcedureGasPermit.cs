using CryoWeb.Controller.Outcomes;

namespace CryoWeb.Controller.Commands;

/// <summary>
/// Gas flows only inside a recorded procedure: this permit is open while one runs (opened by the procedure's start,
/// closed at its finish), and every command that can start gas passes through <see cref="Submit"/>. The check and the
/// hand-over to the controller's queue happen under one lock, so once <see cref="Close"/> returns every gas command
/// let through before it is already queued: a check queued after it sees their effect (the queue runs in order).
/// </summary>
public sealed class ProcedureGasPermit
{
    /// <summary>The refusal of a gas command while no procedure runs (also shown on the disabled controls).</summary>
    public const string NoProcedure = "Start a procedure first: gas is used only inside a recorded procedure.";

    private readonly Lock _lock = new();
    private Guid? _procedure;
    private IReadOnlyList<int>? _probesInUse;

    /// <summary>The procedure gas is allowed for; null when none runs.</summary>
    public Guid? Procedure
    {
        get
        {
            lock (_lock)
            {
                return _procedure;
            }
        }
    }

    /// <summary>Gas is allowed for <paramref name="probesInUse"/> (1-based, the set-up's probes; null = every probe) of
    /// <paramref name="procedureId"/>.</summary>
    public void Open(Guid procedureId, IReadOnlyList<int>? probesInUse = null)
    {
        lock (_lock)
        {
            (_procedure, _probesInUse) = (procedureId, probesInUse);
        }
    }

    /// <summary>Opens again for the procedure last opened, with its probes (a refused finish).</summary>
    public void Reopen(Guid procedureId) => Open(procedureId, ProbesInUse);

    /// <summary>The probes (1-based) the running procedure lists; null when every probe may be used.</summary>
    public IReadOnlyList<int>? ProbesInUse
    {
        get
        {
            lock (_lock)
            {
                return _probesInUse;
            }
        }
    }

    public void Close()
    {
        lock (_lock)
        {
            _procedure = null;
        }
    }

    /// <summary>The refusal of gas for a probe the running procedure does not list.</summary>
    public static string NotInUse(int probe) => $"Probe {probe} is not in use in this procedure (not listed in its set-up): no gas.";

    /// <summary>
    /// Queues <paramref name="command"/>, which would send gas to <paramref name="probes"/> (1-based), when a procedure
    /// runs and lists them all; else refuses it with <see cref="NoProcedure"/> or <see cref="NotInUse"/>.
    /// </summary>
    internal Task<CommandOutcome> Submit(ICommandChannel core, ControllerCommand command, IReadOnlyList<int> probes)
    {
        lock (_lock)
        {
            if (_procedure is null)
            {
                return Task.FromResult(CommandOutcome.Refused(NoProcedure));
            }

            foreach (int probe in probes)
            {
                // A probe number the console does not have is the controller's to refuse, naming the field.
                if (_probesInUse is not null && probe >= 1 && probe <= core.ProbeCount && !_probesInUse.Contains(probe))
                {
                    return Task.FromResult(CommandOutcome.Refused(NotInUse(probe)));
                }
            }

            return core.Submit(command);
        }
    }
}
