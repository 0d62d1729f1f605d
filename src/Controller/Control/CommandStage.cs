using System.Collections.Concurrent;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Safety;
using CryoWeb.Hardware;

namespace CryoWeb.Controller.Control;

/// <summary>
/// Stage 3 of the tick, commands checked against the verdict: the bounded command queue (any thread submits; refused
/// at once when full) and, on the control thread, every queued command executed against the probes, protocols and
/// this tick's verdict (through <see cref="TickState.Supply"/>). Bad input is <see cref="CommandOutcomeKind.Invalid"/>
/// naming the field; what the state or the verdict forbids is <see cref="CommandOutcomeKind.Refused"/> with its reason,
/// never accepted and then overridden; either way nothing has changed. Protocol commands are in
/// <see cref="ProtocolCommands"/>.
/// </summary>
internal sealed class CommandStage(TickState state, IReadOnlyList<ThermocoupleChannelInfo> channels)
{
    public const int Capacity = 64;
    private readonly ConcurrentQueue<PendingCommand> _queue = new();
    private readonly ProtocolCommands _protocols = new(state);
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
                outcome = Execute(pending.Command, now);
            }
            catch (ArgumentException e)
            {
                // Bad input found while executing (a probe the console does not have): "field: what is wrong".
                outcome = CommandOutcome.Invalid(e.Message);
            }

            pending.Complete(outcome);
        }
    }

    private CommandOutcome Execute(ControllerCommand command, DateTimeOffset now) => command switch
    {
        SetProbeModeCommand c => SetProbeMode(c, now),
        StartProtocolCommand c => _protocols.Start(c, now),
        ProtocolActionCommand c => _protocols.Act(c, now),
        SetSensorGuardsCommand c => SetSensorGuards(c),
        ResetEmergencyStopCommand => ResetEmergencyStop(),
        CloseProcedureCommand => CloseProcedure(now),
        _ => CommandOutcome.Invalid("command", $"command: {command.GetType().Name} is not a controller command."),
    };

    private CommandOutcome SetProbeMode(SetProbeModeCommand command, DateTimeOffset now)
    {
        if (!Enum.IsDefined(command.Mode))
        {
            return CommandOutcome.Invalid("mode", $"mode: '{command.Mode}' is not a probe mode.");
        }

        // Bad input before the state: a freeze power out of range, or a power given to a mode that takes none.
        if (ProtocolStep.PowerProblem(command.Mode, command.PowerPercent) is string power)
        {
            return CommandOutcome.Invalid("powerPercent", power);
        }

        int p = ProbeSelection.Index(command.ProbeNumber, state.Probes.Length);
        var run = state.Protocols[p];
        if (run.IsActive && command.Mode is not (ProbeMode.Off or ProbeMode.PassiveThaw))
        {
            return CommandOutcome.Refused($"Probe {command.ProbeNumber}: a protocol is running on it; pause or abort the protocol first.");
        }

        if (run.IsActive)
        {
            // Stopping gas is always allowed: Stop or Passive thaw ends the protocol, then the probe takes the mode asked.
            var aborted = run.Abort(state.Probes[p], now, "stopped by operator");
            if (!aborted.Accepted || command.Mode == ProbeMode.Off)
            {
                return aborted;
            }
        }

        return state.Probes[p].TrySet(command.Mode, command.PowerPercent, state.Supply, state.Readings.TipValid(p), now);
    }

    private CommandOutcome SetSensorGuards(SetSensorGuardsCommand command)
    {
        var guards = command.Guards;
        int probes = state.Probes.Length;
        for (int i = 0; i < guards.Count; i++)
        {
            var guard = guards[i];
            string key = $"sensors[{i}]";
            if (guard is null)
            {
                return CommandOutcome.Invalid(key, $"{key}: missing.");
            }

            if (guard.Channel < 0 || guard.Channel >= channels.Count || channels[guard.Channel].IsProbeTip)
            {
                return CommandOutcome.Invalid($"{key}.channel", $"{key}.channel: {guard.Channel} is not a thermal sensor channel.");
            }

            if (guards.Take(i).Any(g => g.Channel == guard.Channel))
            {
                return CommandOutcome.Invalid($"{key}.channel", $"{key}.channel: channel {guard.Channel} is listed twice.");
            }

            if (!Enum.IsDefined(guard.Role) || !Enum.IsDefined(guard.Action))
            {
                return CommandOutcome.Invalid(key, $"{key}: unknown role or protective action.");
            }

            if (guard.Role == SensorRole.CriticalStructure && !(guard.LimitCelsius is >= -40 and <= 40))
            {
                return CommandOutcome.Invalid($"{key}.limitCelsius", $"{key}.limitCelsius: a critical-structure limit must be -40 to 40 C, not {guard.LimitCelsius}.");
            }

            int missing = guard.LinkedProbes.FirstOrDefault(p => p < 0 || p >= probes, int.MinValue);
            if (missing != int.MinValue)
            {
                // Stored zero-based, named as the operator numbers probes.
                return CommandOutcome.Invalid($"{key}.linkedProbes", $"{key}.linkedProbes: there is no probe {(long)missing + 1}; probes are 1 to {probes}.");
            }
        }

        state.Guards.Replace(guards);
        return CommandOutcome.Ok;
    }

    private CommandOutcome ResetEmergencyStop()
    {
        bool released = state.ArgonHold.Release();
        if (!state.EmergencyStop.IsLatched)
        {
            return released ? CommandOutcome.Ok : CommandOutcome.Refused("emergencyStop: none is latched, so there is nothing to reset.");
        }

        state.EmergencyStop.Clear();
        return CommandOutcome.Ok;
    }

    private CommandOutcome CloseProcedure(DateTimeOffset now)
    {
        var probes = state.Probes;
        for (int p = 0; p < probes.Length; p++)
        {
            if (probes[p].Mode is ProbeMode.Freeze or ProbeMode.Stick or ProbeMode.ActiveThaw)
            {
                return CommandOutcome.Refused($"Probe {p + 1} is still using gas ({GasWord(probes[p].Mode)}): stop it before finishing the procedure.");
            }
        }

        for (int p = 0; p < probes.Length; p++)
        {
            var run = state.Protocols[p];
            if (run.IsActive)
            {
                run.Abort(probes[p], now, "procedure finished");
            }

            run.Clear();
        }

        state.Guards.Replace([]);
        return CommandOutcome.Ok;
    }

    private static string GasWord(ProbeMode mode) => mode switch
    {
        ProbeMode.Freeze => "freezing",
        ProbeMode.Stick => "stick",
        _ => "active thaw",
    };
}
