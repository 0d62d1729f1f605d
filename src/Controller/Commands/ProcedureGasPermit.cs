using CryoWeb.Controller.Control;

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

    public void Open(Guid procedureId)
    {
        lock (_lock)
        {
            _procedure = procedureId;
        }
    }

    public void Close()
    {
        lock (_lock)
        {
            _procedure = null;
        }
    }

    /// <summary>Queues <paramref name="command"/> when a procedure runs, else refuses it with <see cref="NoProcedure"/>.</summary>
    internal Task<CommandOutcome> Submit(ControlCore core, ControllerCommand command)
    {
        lock (_lock)
        {
            return _procedure is null ? Task.FromResult(CommandOutcome.Refused(NoProcedure)) : core.Submit(command);
        }
    }
}
