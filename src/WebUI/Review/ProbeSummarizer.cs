using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// Per-probe freeze and thaw durations and freeze-thaw cycles from the probe-mode events that
/// <see cref="ProbeModeRecorder"/> stores: each mode lasts until that probe's next change or the end of the procedure.
/// Probes with no change are not listed. A change in the last frames before the recording ended (finishing stops it at
/// once) may not be stored; the mode before it then counts to the end, an error of at most the feed's lag (a tick or two).
/// A cycle starts when a probe starts freezing; its thaw is the passive and active thaw that follow until the next
/// freeze, stick or off. The cycles' minimum tip temperatures come from the samples (<see cref="CycleMinimums"/>).
/// </summary>
public static class ProbeSummarizer
{
    public static IReadOnlyList<ProbeSummary> Summarize(IEnumerable<AuditEvent> events, DateTimeOffset end)
    {
        ArgumentNullException.ThrowIfNull(events);
        var changes = events
            .Where(e => e.Command == ProbeModeRecorder.Command && e.User == ProbeModeRecorder.User)
            .Select(e => ProbeModeRecorder.TryParse(e.Parameters, out int probe, out var mode) ? (Ok: true, probe, mode, e.Time) : default)
            .Where(c => c.Ok)
            .OrderBy(c => c.Time);
        return [.. changes.GroupBy(c => c.probe).OrderBy(g => g.Key).Select(g => Summarize(g.Key, [.. g.Select(c => (c.mode, c.Time))], end))];
    }

    private static ProbeSummary Summarize(int probe, IReadOnlyList<(ProbeMode Mode, DateTimeOffset Time)> changes, DateTimeOffset end)
    {
        var seconds = new Dictionary<ProbeMode, double>();
        var cycles = new List<ProbeCycle>();
        int freezes = 0;
        for (int i = 0; i < changes.Count; i++)
        {
            var until = i + 1 < changes.Count ? changes[i + 1].Time : end;
            double length = Math.Max(0, (until - changes[i].Time).TotalSeconds);
            var mode = changes[i].Mode;
            seconds[mode] = seconds.GetValueOrDefault(mode) + length;
            bool startsFreeze = mode == ProbeMode.Freeze && (i == 0 || changes[i - 1].Mode != ProbeMode.Freeze);
            freezes += startsFreeze ? 1 : 0;
            if (startsFreeze)
            {
                cycles.Add(new ProbeCycle(probe, cycles.Count + 1, changes[i].Time, 0, 0));
            }

            if (cycles.Count > 0 && cycles[^1] is { } cycle && InCycle(changes, i))
            {
                cycles[^1] = mode == ProbeMode.Freeze
                    ? cycle with { FreezeSeconds = cycle.FreezeSeconds + length }
                    : cycle with { ThawSeconds = cycle.ThawSeconds + length };
            }
        }

        return new(
            probe,
            Math.Round(seconds.GetValueOrDefault(ProbeMode.Freeze), 1),
            Math.Round(seconds.GetValueOrDefault(ProbeMode.Stick), 1),
            Math.Round(seconds.GetValueOrDefault(ProbeMode.PassiveThaw), 1),
            Math.Round(seconds.GetValueOrDefault(ProbeMode.ActiveThaw), 1),
            freezes)
        {
            Cycles = [.. cycles.Select(c => c with { FreezeSeconds = Math.Round(c.FreezeSeconds, 1), ThawSeconds = Math.Round(c.ThawSeconds, 1) })],
        };
    }

    /// <summary>Whether change <paramref name="i"/> belongs to the current cycle: a freeze, or a thaw reached from the
    /// freeze through thaws only (a stick or an off ends the cycle).</summary>
    private static bool InCycle(IReadOnlyList<(ProbeMode Mode, DateTimeOffset Time)> changes, int i)
    {
        for (int j = i; j >= 0; j--)
        {
            switch (changes[j].Mode)
            {
                case ProbeMode.Freeze:
                    return true;
                case ProbeMode.PassiveThaw or ProbeMode.ActiveThaw:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }
}
