using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Commands;

namespace CryoWeb.Controller.Control;

/// <summary>A queued command with the completion its sender awaits (the command itself stays plain data).</summary>
internal sealed class PendingCommand(ControllerCommand command)
{
    private readonly TaskCompletionSource<CommandOutcome> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ControllerCommand Command { get; } = command;

    public Task<CommandOutcome> Completion => _completion.Task;

    public void Complete(CommandOutcome outcome) => _completion.TrySetResult(outcome);
}
