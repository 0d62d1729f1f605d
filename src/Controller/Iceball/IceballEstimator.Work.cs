using System.Diagnostics;
using System.Text.Json;
using CryoWeb.Controller.Storage;

namespace CryoWeb.Controller.Iceball;

/// <summary>The estimator thread's work: follow the procedure, take layouts, run the ensemble, publish and save.</summary>
public sealed partial class IceballEstimator
{
    private Guid? _procedure;
    private IceballEnsemble? _ensemble;
    private IceballAnalysis? _analysis;
    private ProbeDrive[] _drives = [];
    private double[] _sensors = [];
    private DateTimeOffset? _lastTime;
    private IceballSecond? _lastSecond;
    private double _nextEstimateSeconds;
    private double _nextSaveSeconds;
    private long _busyTicks;
    private IceballEstimate? _peak;
    private bool _peakSaved;

    /// <summary>Does what the thread does on each wake-up; returns the seconds of frames taken.</summary>
    public int Pump() => Pump(final: false);

    private int Pump(bool final)
    {
        long started = Stopwatch.GetTimestamp();
        try
        {
            return PumpCore(final);
        }
#pragma warning disable CA1031 // The estimate is an aid: any failure stops it and says so, and must never reach the console.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(_logger, _procedure, e);
            _ensemble = null;
            Publish(new IceballStatus(IceballState.Failed, $"The iceball estimate stopped: {e.Message}", _procedure, Status.Estimate));
            return 0;
        }
        finally
        {
            Interlocked.Add(ref _busyTicks, Stopwatch.GetElapsedTime(started).Ticks);
        }
    }

    /// <summary>Wall time (s) the estimator has spent working since the start (including any wait for a core): for the benchmark.</summary>
    public double BusySeconds => TimeSpan.FromTicks(Interlocked.Read(ref _busyTicks)).TotalSeconds;

    private int PumpCore(bool final)
    {
        // Each second carries its procedure: the seconds still queued when a procedure ends finish it, and never leak
        // into the next one.
        int taken = 0;
        while (_arrived.TryDequeue(out var second))
        {
            taken++;
            if (second.ProcedureId != _procedure)
            {
                SwitchTo(second.ProcedureId);
            }

            ApplyPendingLayout();
            if (_history.Count < MaxHistorySeconds)
            {
                _history.Add(second);
            }

            // While Failed the history still grows, so a new layout replays the procedure without a gap.
            if (_ensemble is not null && Status.State != IceballState.Failed)
            {
                Step(second, replaying: false);
            }
        }

        var running = _recorder.Recording;
        if (running != _procedure)
        {
            SwitchTo(running);
        }

        ApplyPendingLayout();
        if (final)
        {
            SaveLatest();
        }

        return taken;
    }

    private void SwitchTo(Guid? procedure)
    {
        if (_ensemble is not null && _lastSecond is { } last && Status.State == IceballState.Estimating)
        {
            Estimate(last); // the ending procedure's very last second
        }

        // Switch first: a save that throws must not leave the estimator stuck on the old procedure.
        (_procedure, _ensemble, _lastTime, _lastSecond) = (procedure, null, null, null);
        _history.Clear();
        try
        {
            SaveLatest();
        }
        finally
        {
            (_peak, _peakSaved) = (null, true);
            Publish(procedure is Guid id ? NoLayout(id) : IceballStatus.Idle);
            if (procedure is Guid started && SavedLayout(started) is { } saved)
            {
                Begin(saved);
            }
        }
    }

    private void ApplyPendingLayout()
    {
        var pending = Interlocked.Exchange(ref _pendingLayout, null);
        if (pending is not null && pending.Procedure == _procedure)
        {
            Begin(pending.Layout);
        }
    }

    private void Begin(IceballLayout layout)
    {
        var procedure = _procedure!.Value;
        LogLayout(_logger, procedure, layout.Probes.Count, layout.Sensors.Count, _history.Count);
        Publish(new IceballStatus(IceballState.CatchingUp, $"Replaying {_history.Count / 60.0:F1} min of the procedure with the new layout.", procedure, null));
        _ensemble = null; // let the old models go before the new ones are made
        (_peak, _peakSaved) = (null, true);
        _ensemble = new IceballEnsemble(layout, _options.NominalTissue, _options.Hypotheses, _options.GridSpacingMm);
        _analysis = new IceballAnalysis(layout);
        _drives = new ProbeDrive[layout.Probes.Count];
        _sensors = new double[layout.Sensors.Count];
        (_lastTime, _nextEstimateSeconds, _nextSaveSeconds) = (null, EstimateEverySeconds, SaveEverySeconds);
        for (int i = 0; i < _history.Count && !_stopping.IsCancellationRequested; i++)
        {
            Step(_history[i], replaying: true);
            if (i % 600 == 599)
            {
                Publish(new IceballStatus(IceballState.CatchingUp, $"Replaying the procedure with the new layout: {(i + 1) / 60.0:F0} of {_history.Count / 60.0:F0} min.", procedure, null));
            }
        }

        if (_history.Count > 0)
        {
            Estimate(_history[^1]);
        }
        else
        {
            Publish(new IceballStatus(IceballState.Estimating, "Waiting for the first second of data.", procedure, null));
        }
    }

    private void Step(IceballSecond second, bool replaying)
    {
        var ensemble = _ensemble!;
        double seconds = _lastTime is { } last ? Math.Clamp((second.Time - last).TotalSeconds, 0, 60) : 1;
        (_lastTime, _lastSecond) = (second.Time, second);
        var layout = ensemble.Layout;
        for (int i = 0; i < _drives.Length; i++)
        {
            int probe = layout.Probes[i].Probe - 1;
            int tip = _tipChannels[probe];
            _drives[i] = new ProbeDrive(tip >= 0 ? second.ChannelCelsius[tip] : double.NaN, second.FreezeOpen[probe], second.ThawOpen[probe], second.ArgonPsi, second.ThawPsi);
        }

        for (int s = 0; s < _sensors.Length; s++)
        {
            _sensors[s] = second.ChannelCelsius[layout.Sensors[s].Channel];
        }

        ensemble.Advance(seconds, _drives, _sensors);
        if (!replaying && ensemble.ElapsedSeconds >= _nextEstimateSeconds)
        {
            Estimate(second);
            _nextEstimateSeconds = ensemble.ElapsedSeconds + EstimateEverySeconds;
        }

        if (!replaying && ensemble.ElapsedSeconds >= _nextSaveSeconds)
        {
            SaveLatest();
            _nextSaveSeconds = ensemble.ElapsedSeconds + SaveEverySeconds;
        }
    }

    private void Estimate(IceballSecond second)
    {
        var ensemble = _ensemble!;
        var best = ensemble.Best;
        var nominal = ensemble.Nominal;
        var sensors = ensemble.Layout.Sensors.Select((placement, i) => new SensorAgreement(
            placement.Channel, Math.Round(_sensors[i], 2), Math.Round(best.SensorCelsius(i), 2), Math.Round(nominal.SensorCelsius(i), 2)));
        var agreement = new ModelAgreement(
            Math.Round(ensemble.RmsCelsius(best), 2), Math.Round(ensemble.RmsCelsius(nominal), 2), best.Hypothesis.ConductivityScale, best.Hypothesis.PerfusionScale, [.. sensors]);
        var estimate = new IceballEstimate(second.Time, Math.Round(ensemble.ElapsedSeconds / 60, 2), ensemble.Layout, _analysis!.Measure(best.Tissue), _analysis.Cut(best.Tissue), agreement);
        Publish(new IceballStatus(IceballState.Estimating, "Estimating.", _procedure, estimate));
        if (_peak is null || Larger(estimate, _peak))
        {
            (_peak, _peakSaved) = (estimate, false);
        }
    }

    private static bool Larger(IceballEstimate a, IceballEstimate b)
    {
        double a20 = a.At(-20)?.VolumeMilliliters ?? 0, b20 = b.At(-20)?.VolumeMilliliters ?? 0;
        return a20 != b20 ? a20 > b20 : (a.At(0)?.VolumeMilliliters ?? 0) > (b.At(0)?.VolumeMilliliters ?? 0);
    }

    /// <summary>Saves the latest estimate and, when it changed, the largest one with the procedure (the review shows them beside the plan).</summary>
    private void SaveLatest()
    {
        if (Status is { Estimate: { } estimate, ProcedureId: Guid procedure })
        {
            string json = JsonSerializer.Serialize(estimate, IceballJson.Options);
            _store.SaveAttachment(new ProcedureAttachment(procedure, EstimateKind, json, _time.GetUtcNow()));
            if (_peak is not null && !_peakSaved)
            {
                _peakSaved = _store.SaveAttachment(new ProcedureAttachment(procedure, PeakKind, JsonSerializer.Serialize(_peak, IceballJson.Options), _time.GetUtcNow()));
            }
        }
    }

    /// <summary>A layout saved before the procedure started (this thread may wait: it is the estimator's own).</summary>
    private IceballLayout? SavedLayout(Guid procedure)
    {
        var attachment = _store.GetAttachmentAsync(procedure, IceballRecords.LayoutKind).GetAwaiter().GetResult();
        return attachment is null ? null : JsonSerializer.Deserialize<IceballLayout>(attachment.Json, IceballJson.Options);
    }

    private static IceballStatus NoLayout(Guid procedure) =>
        new(IceballState.NoLayout, "Place the probes and the target on the Plan page to see the iceball estimate.", procedure, null);
}
