using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Configuration;

namespace CryoWeb.Controller.Commands;

/// <summary>
/// How commands reach the control core: the core itself in this process today, a socket once the control loop has
/// its own process. Everything that crosses it is plain data (a <see cref="ControllerCommand"/> record in, a
/// <see cref="CommandOutcome"/> out); the emergency stop also acts at once on the calling side.
/// </summary>
public interface ICommandChannel
{
    /// <summary>How many probes the console has (probes are numbered 1 to this).</summary>
    int ProbeCount { get; }

    ControllerOptions Options { get; }

    /// <summary>Queues a command for the next tick; answered once the tick has executed (or refused) it.</summary>
    Task<CommandOutcome> Submit(ControllerCommand command);

    /// <summary>Latches the emergency stop and closes every gas valve before returning.</summary>
    void EmergencyStop();

    /// <summary>
    /// The console's storage failed (true) or works again (false). A status report, not a request: acted on at once
    /// like the emergency stop (the next tick's interlocks raise or clear the high-priority alarm; the loop keeps
    /// running), never queued behind commands, never refused.
    /// </summary>
    void ReportStorageHealth(bool failed);
}
