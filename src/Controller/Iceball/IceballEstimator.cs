using System.Diagnostics;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Frames;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Iceball;

/// <summary>
/// The live iceball estimate. Control frames reach it through the frame feed (never the control thread), condensed
/// to one <see cref="IceballSecond"/> a second (<see cref="IceballFrameIntake"/>); its own low-priority thread follows
/// the procedure with them (<see cref="IceballProcedureFollower"/>), runs the <see cref="IceballEnsemble"/>
/// (<see cref="IceballModelRun"/>), and every <see cref="EstimateEverySeconds"/> of tissue time publishes an
/// <see cref="IceballEstimate"/> of the best-fitting model. A layout given during a procedure makes the models replay
/// the procedure from its start; the latest estimate is saved with the procedure every <see cref="SaveEverySeconds"/>
/// and when it ends (<see cref="IceballRecordKeeper"/>). A failure stops the estimate (state
/// <see cref="IceballState.Failed"/>), never the console. <see cref="Pump"/> does one pass of the thread's work and is
/// what tests call directly.
/// </summary>
public sealed class IceballEstimator : IFrameSubscriber, IHostedService, IDisposable
{
    public const double EstimateEverySeconds = 5;
    public const double SaveEverySeconds = 30;
    public const string EstimateKind = "iceball-estimate";

    /// <summary>The largest estimate of the procedure (by -20 C volume, then 0 C volume): what compares with a plan's peak.</summary>
    public const string PeakKind = "iceball-peak";

    private readonly IceballFrameIntake _intake;
    private readonly IceballStatusPublisher _status;
    private readonly IceballProcedureFollower _follower;
    private readonly ILogger<IceballEstimator> _logger;
    private readonly SemaphoreSlim _work = new(0);
    private readonly CancellationTokenSource _stopping = new();
    private Thread? _thread;
    private long _busyTicks;

    /// <param name="console">The console's description (channels, probes and their tips): the estimator reads the
    /// contract, never the plant.</param>
    public IceballEstimator(ConsoleDescription console, SampleRecorder recorder, ProcedureStore store, TimeProvider time, ILogger<IceballEstimator> logger, IceballEstimatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        _logger = logger;
        _intake = new IceballFrameIntake(console.Channels.Count, console.ProbeCount, recorder);
        _status = new IceballStatusPublisher(this, logger);
        _follower = new IceballProcedureFollower(
            _intake, recorder, _status, new IceballRecordKeeper(store, time), options ?? new IceballEstimatorOptions(), [.. console.ProbeTipChannels()], logger, _stopping.Token);
    }

    /// <summary>Raised on the estimator's thread whenever <see cref="Status"/> changes. Handlers must be quick.</summary>
    public event EventHandler<IceballStatus>? Changed
    {
        add => _status.Changed += value;
        remove => _status.Changed -= value;
    }

    /// <summary>How many handlers <see cref="Changed"/> has (a page that is closed must not stay subscribed).</summary>
    internal int ChangedSubscriberCount => _status.SubscriberCount;

    public IceballStatus Status => _status.Current;

    /// <summary>Wall time (s) the estimator has spent working since the start (including any wait for a core): for the benchmark.</summary>
    public double BusySeconds => TimeSpan.FromTicks(Interlocked.Read(ref _busyTicks)).TotalSeconds;

    /// <summary>
    /// Uses <paramref name="layout"/> (already validated) for the running procedure <paramref name="procedureId"/>:
    /// the models restart from body temperature and replay the procedure so far. Ignored if that procedure no longer runs.
    /// </summary>
    public void UseLayout(Guid procedureId, IceballLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        _follower.Offer(new PendingLayout(procedureId, layout));
        _work.Release();
    }

    public void OnFrame(ControlFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (_intake.Add(frame))
        {
            _work.Release();
        }
    }

    public void OnFramesLost(long first, long count) => _intake.Restart();

    /// <summary>Does what the thread does on each wake-up; returns the seconds of frames taken.</summary>
    public int Pump() => Pump(final: false);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _thread = new Thread(Run) { Name = "cryoweb-iceball", IsBackground = true, Priority = ThreadPriority.BelowNormal };
        _thread.Start();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_thread is null || _thread.Join(TimeSpan.FromSeconds(5)))
        {
            // The store closes after the hosted services: the last estimate of an interrupted procedure is kept.
            Pump(final: true);
        }
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _work.Dispose();
    }

    private void Run()
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                _work.Wait(TimeSpan.FromSeconds(1), _stopping.Token);
                Pump();
            }
            catch (OperationCanceledException)
            {
                return;
            }
#pragma warning disable CA1031 // An exception escaping this thread would end the process, the control thread with it.
            catch (Exception e)
#pragma warning restore CA1031
            {
                IceballEstimatorLog.LogFailed(_logger, _follower.Procedure, e);
            }
        }
    }

    private int Pump(bool final)
    {
        long started = Stopwatch.GetTimestamp();
        try
        {
            return _follower.Follow(final);
        }
#pragma warning disable CA1031 // The estimate is an aid: any failure stops it and says so, and must never reach the console.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _follower.Fail(e);
            return 0;
        }
        finally
        {
            Interlocked.Add(ref _busyTicks, Stopwatch.GetElapsedTime(started).Ticks);
        }
    }
}
