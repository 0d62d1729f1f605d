using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;

namespace CryoWeb.Controller.Control;

/// <summary>The protocol commands executed at the command stage: start on some probes (all or none), and the actions.</summary>
internal sealed class ProtocolCommands(TickState state)
{
    public CommandOutcome Start(StartProtocolCommand command, DateTimeOffset now)
    {
        var protocol = command.Protocol;
        if (protocol is null)
        {
            return CommandOutcome.Invalid("protocol", "protocol: missing.");
        }

        if (protocol.Problem() is string problem)
        {
            return CommandOutcome.Invalid($"protocol.{problem}");
        }

        int count = state.Probes.Length;
        var indices = command.ProbeNumbers.Count == 0
            ? [.. Enumerable.Range(0, count)]
            : command.ProbeNumbers.Select(n => ProbeSelection.Index(n, count)).Distinct().ToArray();

        // Check every probe first so that a refusal leaves all of them untouched.
        var first = protocol.Steps[0];
        foreach (int p in indices)
        {
            if (state.Protocols[p].IsActive)
            {
                return CommandOutcome.Refused($"Probe {p + 1}: a protocol is already running; abort it first.");
            }

            if (first.Mode is ProbeMode.Freeze or ProbeMode.Stick && !state.Readings.TipValid(p))
            {
                return CommandOutcome.Refused($"Probe {p + 1}: its tip thermocouple has no valid reading; freezing needs the tip temperature.");
            }
        }

        foreach (int p in indices)
        {
            var outcome = state.Protocols[p].Start(protocol, state.Probes[p], state.Supply, state.Readings.TipValid(p), now);
            if (!outcome.Accepted)
            {
                foreach (int started in indices.TakeWhile(i => i != p))
                {
                    state.Protocols[started].Abort(state.Probes[started], now, "start refused on another probe");
                }

                return outcome;
            }
        }

        return CommandOutcome.Ok;
    }

    public CommandOutcome Act(ProtocolActionCommand command, DateTimeOffset now)
    {
        var action = command.Action;
        if (!Enum.IsDefined(action))
        {
            return CommandOutcome.Invalid("action", $"action: '{action}' is not a protocol action.");
        }

        // Checked here as well as by the run: Extension + TimeSpan.MaxValue would overflow and throw in the tick.
        if (action == ProtocolAction.ExtendStep && !(command.ExtendBy > TimeSpan.Zero && command.ExtendBy <= ProtocolActionCommand.MaxExtendBy))
        {
            return CommandOutcome.Invalid("extendBy", $"extendBy: must be more than 0 and at most {ProtocolActionCommand.MaxExtendBy.TotalMinutes:0} minutes, not {command.ExtendBy}.");
        }

        int count = state.Probes.Length;
        if (command.ProbeNumber != 0)
        {
            return Apply(command, ProbeSelection.Index(command.ProbeNumber, count), now);
        }

        var active = Enumerable.Range(0, count).Where(p => state.Protocols[p].IsActive).ToList();
        if (active.Count == 0)
        {
            return CommandOutcome.Refused($"probe: no probe runs a protocol to {action.ToString().ToLowerInvariant()}.");
        }

        // Every probe gets the action (stopping at the first refusal left earlier probes changed under a "refused"
        // answer). Refused only when no probe took it, so a refusal still changes nothing; else accepted, naming the rest.
        var outcomes = active.Select(p => Apply(command, p, now)).ToList();
        var refused = outcomes.Find(o => !o.Accepted);
        return refused is null ? CommandOutcome.Ok
            : outcomes.TrueForAll(o => !o.Accepted) ? refused
            : new CommandOutcome(true, $"Applied to the other probes; {refused.Reason}");
    }

    private CommandOutcome Apply(ProtocolActionCommand command, int p, DateTimeOffset now)
    {
        var run = state.Protocols[p];
        var probe = state.Probes[p];
        return command.Action switch
        {
            ProtocolAction.Pause => run.Pause(probe, now),
            ProtocolAction.Resume => run.Resume(probe, state.Supply, state.Readings.TipValid(p), now),
            ProtocolAction.SkipStep => run.Skip(probe, state.Supply, state.Readings.TipValid(p), now),
            ProtocolAction.ExtendStep => run.Extend(probe, command.ExtendBy),
            _ => run.Abort(probe, now, "aborted by operator"),
        };
    }
}
