using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Control;

namespace CryoWeb.Controller.Commands;

/// <summary>
/// A request to the control loop, executed on the control thread at the command step of a tick (step 4), with its
/// outcome handed back through <see cref="Completion"/>.
/// </summary>
public abstract class ControllerCommand
{
    private readonly TaskCompletionSource<CommandOutcome> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<CommandOutcome> Completion => _completion.Task;

    /// <summary>Who asked (for the audit trail).</summary>
    public string User { get; init; } = "system";

    internal void Complete(CommandOutcome outcome) => _completion.TrySetResult(outcome);

    /// <summary>Validates and applies the command; on refusal nothing may have changed.</summary>
    internal abstract CommandOutcome Execute(ControlCore core, DateTimeOffset now);
}
