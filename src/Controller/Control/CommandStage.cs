using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Contract;
using System.Collections.Concurrent;
using CryoWeb.Controller.Commands;

namespace CryoWeb.Controller.Control;

/// <summary>
/// Stage 3 of the tick: the bounded command queue (any thread submits; refused at once when full) and, on the control
/// thread, every queued command executed against this tick's verdict by the <see cref="CommandExecutor"/>. A command
/// the verdict forbids is refused with its reason, never accepted and then overridden.
/// </summary>
internal sealed class CommandStage(CommandExecutor executor)
{
    public const int Capacity = 64;
    private readonly ConcurrentQueue<PendingCommand> _queue = new();
    private int _queued;

    public Task<CommandOutcome> Submit(ControllerCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var pending = new PendingCommand(command);
        if (Interlocked.Increment(ref _queued) > Capacity)
        {
            Interlocked.Decrement(ref _queued);
            pending.Complete(CommandOutcome.Refused("The controller is busy (command queue full); try again."));
            return pending.Completion;
        }

        _queue.Enqueue(pending);
        return pending.Completion;
    }

    /// <summary>Executes every queued command, in order; allocation-free when the queue is empty.</summary>
    public void ExecuteQueued(DateTimeOffset now)
    {
        while (_queue.TryDequeue(out var pending))
        {
            Interlocked.Decrement(ref _queued);
            CommandOutcome outcome;
            try
            {
                outcome = executor.Execute(pending.Command, now);
            }
            catch (ArgumentException e)
            {
                // Bad input found while executing (a probe the console does not have): "field: what is wrong".
                outcome = CommandOutcome.Invalid(e.Message);
            }

            pending.Complete(outcome);
        }
    }
}
