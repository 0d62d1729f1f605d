using CryoWeb.Controller.Procedures;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Iceball;

/// <summary>
/// The estimator thread's work: follows the recording procedure through the queued seconds, keeps its history, takes
/// the layouts given for it (replaying the history through new models), runs the <see cref="IceballModelRun"/>,
/// publishes its estimates and has them saved. Used on the estimator's thread only, but for <see cref="Offer"/>.
/// </summary>
internal sealed class IceballProcedureFollower(
    IceballFrameIntake intake,
    SampleRecorder recorder,
    IceballStatusPublisher status,
    IceballRecordKeeper records,
    IceballEstimatorOptions options,
    int[] tipChannels,
    ILogger logger,
    CancellationToken stopping)
{
    /// <summary>Seconds kept for a replay: a whole day of procedure (about 20 MB at 16 channels).</summary>
    private const int MaxHistorySeconds = 24 * 3600;

    private readonly List<IceballSecond> _history = [];
    private PendingLayout? _pendingLayout;
    private Guid? _procedure;
    private IceballModelRun? _run;

    /// <summary>The procedure followed (null: none).</summary>
    public Guid? Procedure => _procedure;

    /// <summary>Hands a layout to the estimator's thread (from any thread; the latest one wins).</summary>
    public void Offer(PendingLayout layout) => Volatile.Write(ref _pendingLayout, layout);

    /// <summary>Takes the queued seconds, follows the procedure and the layout; returns the seconds taken.</summary>
    public int Follow(bool final)
    {
        // Each second carries its procedure: the seconds still queued when a procedure ends finish it, and never leak
        // into the next one.
        int taken = 0;
        while (intake.TryTake(out var second))
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
            if (_run is not null && status.Current.State != IceballState.Failed)
            {
                Step(second, replaying: false);
            }
        }

        var running = recorder.Recording;
        if (running != _procedure)
        {
            SwitchTo(running);
        }

        ApplyPendingLayout();
        if (final)
        {
            records.SaveLatest(status.Current);
        }

        return taken;
    }

    /// <summary>Stops the estimate after a failure: the models are let go and the last estimate stays shown.</summary>
    public void Fail(Exception exception)
    {
        IceballEstimatorLog.LogFailed(logger, _procedure, exception);
        _run = null;
        status.Publish(new IceballStatus(IceballState.Failed, $"The iceball estimate stopped: {exception.Message}", _procedure, status.Current.Estimate));
    }

    private void SwitchTo(Guid? procedure)
    {
        if (_run is { LastSecond: { } last } && status.Current.State == IceballState.Estimating)
        {
            Estimate(last); // the ending procedure's very last second
        }

        // Switch first: a save that throws must not leave the estimator stuck on the old procedure.
        (_procedure, _run) = (procedure, null);
        _history.Clear();
        try
        {
            records.SaveLatest(status.Current);
        }
        finally
        {
            records.ForgetPeak();
            status.Publish(procedure is Guid id ? NoLayout(id) : IceballStatus.Idle);
            if (procedure is Guid started && records.SavedLayout(started) is { } saved)
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
        IceballEstimatorLog.LogLayout(logger, procedure, layout.Probes.Count, layout.Sensors.Count, _history.Count);
        status.Publish(new IceballStatus(IceballState.CatchingUp, $"Replaying {_history.Count / 60.0:F1} min of the procedure with the new layout.", procedure, null));
        _run = null; // let the old models go before the new ones are made
        records.ForgetPeak();
        _run = new IceballModelRun(layout, options, tipChannels);
        for (int i = 0; i < _history.Count && !stopping.IsCancellationRequested; i++)
        {
            Step(_history[i], replaying: true);
            if (i % 600 == 599)
            {
                status.Publish(new IceballStatus(IceballState.CatchingUp, $"Replaying the procedure with the new layout: {(i + 1) / 60.0:F0} of {_history.Count / 60.0:F0} min.", procedure, null));
            }
        }

        if (_history.Count > 0)
        {
            Estimate(_history[^1]);
        }
        else
        {
            status.Publish(new IceballStatus(IceballState.Estimating, "Waiting for the first second of data.", procedure, null));
        }
    }

    private void Step(IceballSecond second, bool replaying)
    {
        var run = _run!;
        run.Advance(second);
        if (!replaying && run.EstimateDue)
        {
            Estimate(second);
            run.EstimateTaken();
        }

        if (!replaying && run.SaveDue)
        {
            records.SaveLatest(status.Current);
            run.SaveTaken();
        }
    }

    private void Estimate(IceballSecond second)
    {
        var estimate = _run!.Estimate(second);
        status.Publish(new IceballStatus(IceballState.Estimating, "Estimating.", _procedure, estimate));
        records.Offer(estimate);
    }

    private static IceballStatus NoLayout(Guid procedure) =>
        new(IceballState.NoLayout, "Place the probes and the target on the Plan page to see the iceball estimate.", procedure, null);
}
