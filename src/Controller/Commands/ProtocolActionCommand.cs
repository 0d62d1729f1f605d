using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Control;

namespace CryoWeb.Controller.Commands;

/// <summary>Pause, resume, skip, extend or abort the protocol of one probe (1-based; 0 = every probe with a protocol).</summary>
public sealed class ProtocolActionCommand(int probeNumber, ProtocolAction action, TimeSpan extendBy = default) : ControllerCommand
{
    private static readonly TimeSpan MaxExtendBy = TimeSpan.FromMinutes(30);

    public int ProbeNumber { get; } = probeNumber;

    public ProtocolAction Action { get; } = action;

    public TimeSpan ExtendBy { get; } = extendBy;

    internal override CommandOutcome Execute(ControlCore core, DateTimeOffset now)
    {
        if (!Enum.IsDefined(Action))
        {
            return CommandOutcome.Refused($"action: '{Action}' is not a protocol action.");
        }

        // Checked here as well as by the run: Extension + TimeSpan.MaxValue would overflow and throw in the tick.
        if (Action == ProtocolAction.ExtendStep && !(ExtendBy > TimeSpan.Zero && ExtendBy <= MaxExtendBy))
        {
            return CommandOutcome.Refused($"extendBy: must be more than 0 and at most {MaxExtendBy.TotalMinutes:0} minutes, not {ExtendBy}.");
        }

        if (ProbeNumber != 0)
        {
            return Apply(core, ProbeSelection.Index(ProbeNumber, core.Probes.Count), now);
        }

        var active = Enumerable.Range(0, core.Probes.Count).Where(p => core.Protocols[p].IsActive).ToList();
        if (active.Count == 0)
        {
            return CommandOutcome.Refused($"probe: no probe runs a protocol to {Action.ToString().ToLowerInvariant()}.");
        }

        // Every probe gets the action (stopping at the first refusal left earlier probes changed under a "refused"
        // answer). Refused only when no probe took it, so a refusal still changes nothing; else accepted, naming the rest.
        var outcomes = active.Select(p => Apply(core, p, now)).ToList();
        var refused = outcomes.Find(o => !o.Accepted);
        return refused is null ? CommandOutcome.Ok
            : outcomes.TrueForAll(o => !o.Accepted) ? refused
            : new CommandOutcome(true, $"Applied to the other probes; {refused.Reason}");
    }

    private CommandOutcome Apply(ControlCore core, int p, DateTimeOffset now)
    {
        var run = core.Protocols[p];
        var probe = core.Probes[p];
        return Action switch
        {
            ProtocolAction.Pause => run.Pause(probe, now),
            ProtocolAction.Resume => run.Resume(probe, core.Supply, core.TipValid(p), now),
            ProtocolAction.SkipStep => run.Skip(probe, core.Supply, core.TipValid(p), now),
            ProtocolAction.ExtendStep => run.Extend(probe, ExtendBy),
            _ => run.Abort(probe, now, "aborted by operator"),
        };
    }
}
