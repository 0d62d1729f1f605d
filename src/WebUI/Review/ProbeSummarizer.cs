using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// Per-probe freeze and thaw durations from the probe-mode events that <see cref="ProbeModeRecorder"/> stores: each
/// mode lasts until that probe's next change or the end of the procedure. Probes with no change are not listed. A change
/// in the last frames before the recording ended (finishing stops it at once) may not be stored; the mode before it
/// then counts to the end, an error of at most the feed's lag (a tick or two).
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
        int freezes = 0;
        for (int i = 0; i < changes.Count; i++)
        {
            var until = i + 1 < changes.Count ? changes[i + 1].Time : end;
            seconds[changes[i].Mode] = seconds.GetValueOrDefault(changes[i].Mode) + Math.Max(0, (until - changes[i].Time).TotalSeconds);
            freezes += changes[i].Mode == ProbeMode.Freeze && (i == 0 || changes[i - 1].Mode != ProbeMode.Freeze) ? 1 : 0;
        }

        return new(
            probe,
            Math.Round(seconds.GetValueOrDefault(ProbeMode.Freeze), 1),
            Math.Round(seconds.GetValueOrDefault(ProbeMode.Stick), 1),
            Math.Round(seconds.GetValueOrDefault(ProbeMode.PassiveThaw), 1),
            Math.Round(seconds.GetValueOrDefault(ProbeMode.ActiveThaw), 1),
            freezes);
    }
}
