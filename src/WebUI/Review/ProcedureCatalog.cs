using System.Collections.Concurrent;
using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// The review queries over <see cref="ProcedureStore"/>: the list with its alarm counts, the detail with its
/// summaries and timeline, the curves, and the samples for export, all read in time slices
/// (<see cref="SampleSlices"/>). A finished or interrupted record no longer changes, so its alarm count, channel
/// summaries and whole-procedure curves are worked out once and kept: the pass that reads every sample for the
/// summaries also decimates the curves the review chart asks for first, so opening a record reads its samples once.
/// </summary>
public sealed class ProcedureCatalog(ProcedureStore store, TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, int> _endedAlarmCounts = new();
    private readonly ConcurrentDictionary<Guid, (ChannelSummarizer Channels, CycleMinimums Cycles)> _endedSummaries = new();
    private readonly ConcurrentDictionary<(Guid Id, int Points), CurveSet> _endedCurves = new();

    /// <summary>Whole-procedure curves kept at most (a few hundred kB each at 16 channels x 1500 points).</summary>
    private const int KeptCurveSets = 32;

    /// <summary>Points the review chart asks for when it first shows a whole procedure.</summary>
    public const int DefaultCurvePoints = 1500;

    /// <summary>Procedures matching <paramref name="filter"/>, newest first.</summary>
    public async Task<IReadOnlyList<ProcedureListItem>> ListAsync(ProcedureFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var items = new List<ProcedureListItem>();
        foreach (var record in await store.ListProceduresAsync().ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var item = ProcedureListItem.From(record, 0);
            if (filter.Matches(item))
            {
                items.Add(item with { AlarmCount = await AlarmCountAsync(record).ConfigureAwait(false) });
            }
        }

        return items;
    }

    public Task<ProcedureRecord?> FindAsync(Guid procedureId) => store.GetProcedureAsync(procedureId);

    public async Task<ProcedureDetail> DetailAsync(ProcedureRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var events = await store.ReadEventsAsync(record.Id).ConfigureAwait(false);
        var alarms = await store.ReadAlarmsAsync(record.Id).ConfigureAwait(false);
        var start = record.StartedAt ?? record.CreatedAt;
        var end = record.State == ProcedureState.Running ? time.GetUtcNow() : record.EndedAt ?? time.GetUtcNow();
        var probes = ProbeSummarizer.Summarize(events, end);
        var cycles = probes.SelectMany(p => p.Cycles).ToList();
        var (channels, minima) = await ChannelsAsync(record, cycles.Select(c => (TipOf(record, c.Probe), c.FreezeStart, c.CycleEnd)), cancellationToken).ConfigureAwait(false);
        var channelSummaries = channels.Result();
        var cycleMinima = minima.Result();
        return new ProcedureDetail(
            record,
            channels.Samples,
            alarms.Count(a => a.Action == AlarmAction.Raised),
            channelSummaries,
            [.. probes.Select(p => p with
            {
                Cycles = [.. p.Cycles.Select(c => c with { MinimumTipCelsius = cycleMinima[cycles.IndexOf(c)] })],
                MinimumTipCelsius = channelSummaries.FirstOrDefault(c => c.Channel == TipOf(record, p.Probe))?.MinimumCelsius,
            })],
            Timeline.Build(start, events, alarms))
        {
            Sensors = SensorSummarizer.Summarize(record, channelSummaries, alarms),
            Alarms = AlarmSummarizer.Summarize(alarms, end),
            AuditTrail = AuditTrail.Build(record, events, end, alarms),
        };
    }

    /// <summary>The tip channel of 1-based <paramref name="probe"/>, -1 when the record does not say.</summary>
    private static int TipOf(ProcedureRecord record, int probe) =>
        probe >= 1 && probe <= record.ProbeTipChannels.Count ? record.ProbeTipChannels[probe - 1] : -1;

    /// <summary>
    /// The curves between <paramref name="from"/> and <paramref name="to"/> (each defaulting to the record's span and
    /// clipped to it), min/max-decimated into <paramref name="points"/> buckets when there are more samples than that.
    /// </summary>
    public async Task<CurveSet> CurvesAsync(ProcedureRecord record, DateTimeOffset? from, DateTimeOffset? to, int points, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var span = SampleSlices.SpanOf(record, time.GetUtcNow());
        var first = span is { } s1 && (from is null || from < s1.From) ? s1.From : from ?? record.CreatedAt;
        var last = span is { } s2 && (to is null || to > s2.To) ? s2.To : to ?? record.CreatedAt;
        if (span is null || last <= first)
        {
            long at = (from ?? record.CreatedAt).ToUnixTimeMilliseconds();
            return new CurveSet(at, at, false, 0, record.ChannelNames, [], [.. record.ChannelNames.Select(_ => Array.Empty<double?>())]);
        }

        bool whole = from is null && to is null && HasEnded(record);
        if (whole && _endedCurves.TryGetValue((record.Id, points), out var kept))
        {
            return kept;
        }

        var decimator = new CurveDecimator(record.ChannelNames.Count, first, last, points);
        await foreach (var row in SampleSlices.ReadAsync(store, record.Id, first, last, cancellationToken).ConfigureAwait(false))
        {
            decimator.Add(row);
        }

        var curves = decimator.Result(record.ChannelNames);
        if (whole)
        {
            Keep(record.Id, points, curves);
        }

        return curves;
    }

    /// <summary>Every sample of the record in time order, a slice at a time.</summary>
    public IAsyncEnumerable<SampleRow> SamplesAsync(ProcedureRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return SampleSlices.SpanOf(record, time.GetUtcNow()) is { } span
            ? SampleSlices.ReadAsync(store, record.Id, span.From, span.To, cancellationToken)
            : AsyncEnumerable.Empty<SampleRow>();
    }

    /// <summary>Events and alarms of the record, for the JSON export.</summary>
    public async Task<(IReadOnlyList<AuditEvent> Events, IReadOnlyList<StoredAlarmEvent> Alarms)> LogsAsync(Guid procedureId) =>
        (await store.ReadEventsAsync(procedureId).ConfigureAwait(false), await store.ReadAlarmsAsync(procedureId).ConfigureAwait(false));

    private static bool HasEnded(ProcedureRecord record) => record.State is ProcedureState.Finished or ProcedureState.Interrupted;

    private async Task<int> AlarmCountAsync(ProcedureRecord record)
    {
        if (_endedAlarmCounts.TryGetValue(record.Id, out int known))
        {
            return known;
        }

        int count = (await store.ReadAlarmsAsync(record.Id).ConfigureAwait(false)).Count(a => a.Action == AlarmAction.Raised);
        if (HasEnded(record))
        {
            _endedAlarmCounts[record.Id] = count;
        }

        return count;
    }

    /// <summary>One pass over the samples: the channels' summaries and the minimum of each window (a probe's tip over a
    /// cycle). A record that has ended no longer changes (nor do its events, hence its windows): kept.</summary>
    private async Task<(ChannelSummarizer Channels, CycleMinimums Cycles)> ChannelsAsync(
        ProcedureRecord record, IEnumerable<(int Channel, DateTimeOffset From, DateTimeOffset To)> windows, CancellationToken cancellationToken)
    {
        if (_endedSummaries.TryGetValue(record.Id, out var known))
        {
            return known;
        }

        var summarizer = new ChannelSummarizer(record.ChannelNames, SensorSummarizer.Limits(record));
        var minima = new CycleMinimums(windows);
        var span = HasEnded(record) ? SampleSlices.SpanOf(record, time.GetUtcNow()) : null;
        var curves = span is { } s && s.To > s.From ? new CurveDecimator(record.ChannelNames.Count, s.From, s.To, DefaultCurvePoints) : null;
        await foreach (var row in SamplesAsync(record, cancellationToken).ConfigureAwait(false))
        {
            summarizer.Add(row);
            minima.Add(row);
            curves?.Add(row);
        }

        if (HasEnded(record))
        {
            _endedSummaries[record.Id] = (summarizer, minima);
            if (curves is not null)
            {
                Keep(record.Id, DefaultCurvePoints, curves.Result(record.ChannelNames));
            }
        }

        return (summarizer, minima);
    }

    private void Keep(Guid id, int points, CurveSet curves)
    {
        if (_endedCurves.Count >= KeptCurveSets)
        {
            _endedCurves.Clear();
        }

        _endedCurves[(id, points)] = curves;
    }
}
