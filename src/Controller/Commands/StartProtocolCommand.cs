using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Protocols;

namespace CryoWeb.Controller.Commands;

/// <summary>Starts a protocol on the listed probes (1-based; empty = every probe). All start or none do.</summary>
public sealed class StartProtocolCommand(ProtocolDefinition protocol, IReadOnlyList<int> probeNumbers) : ControllerCommand
{
    public ProtocolDefinition Protocol { get; } = protocol;

    public IReadOnlyList<int> ProbeNumbers { get; } = probeNumbers;

    internal override CommandOutcome Execute(ControlCore core, DateTimeOffset now)
    {
        if (Protocol is null)
        {
            return CommandOutcome.Refused("protocol: missing.");
        }

        if (Protocol.Problem() is string problem)
        {
            return CommandOutcome.Refused($"protocol.{problem}");
        }

        var indices = ProbeNumbers.Count == 0
            ? [.. Enumerable.Range(0, core.Probes.Count)]
            : ProbeNumbers.Select(n => ProbeSelection.Index(n, core.Probes.Count)).Distinct().ToArray();

        // Check every probe first so that a refusal leaves all of them untouched.
        var first = Protocol.Steps[0];
        foreach (int p in indices)
        {
            if (core.Protocols[p].IsActive)
            {
                return CommandOutcome.Refused($"Probe {p + 1}: a protocol is already running; abort it first.");
            }

            if (first.Mode is Probes.ProbeMode.Freeze or Probes.ProbeMode.Stick && !core.TipValid(p))
            {
                return CommandOutcome.Refused($"Probe {p + 1}: its tip thermocouple has no valid reading; freezing needs the tip temperature.");
            }
        }

        foreach (int p in indices)
        {
            var outcome = core.Protocols[p].Start(Protocol, core.Probes[p], core.Supply, core.TipValid(p), now);
            if (!outcome.Accepted)
            {
                foreach (int started in indices.TakeWhile(i => i != p))
                {
                    core.Protocols[started].Abort(core.Probes[started], now, "start refused on another probe");
                }

                return outcome;
            }
        }

        return CommandOutcome.Ok;
    }
}
