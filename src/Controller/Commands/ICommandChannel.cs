using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Control;

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
}
