using System.Collections.Concurrent;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Frames;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Iceball;

/// <summary>
/// The live iceball estimate. Control frames reach it through the frame feed (never the control thread), condensed
/// to one <see cref="IceballSecond"/> a second; its own low-priority thread runs the <see cref="IceballEnsemble"/>
/// through them, and every <see cref="EstimateEverySeconds"/> of tissue time publishes an <see cref="IceballEstimate"/>
/// of the best-fitting model. It follows the running procedure: a layout given during it makes the models replay the
/// procedure from its start; the latest estimate is saved with the procedure every <see cref="SaveEverySeconds"/> and
/// when it ends. A failure stops the estimate (state <see cref="IceballState.Failed"/>), never the console.
/// <see cref="Pump"/> does one pass of the thread's work and is what tests call directly.
/// </summary>
public sealed partial class IceballEstimator : IFrameSubscriber, IHostedService, IDisposable
{
    public const double EstimateEverySeconds = 5;
    public const double SaveEverySeconds = 30;
    public const string EstimateKind = "iceball-estimate";

    /// <summary>The largest estimate of the procedure (by -20 C volume, then 0 C volume): what compares with a plan's peak.</summary>
    public const string PeakKind = "iceball-peak";

    /// <summary>Seconds kept for a replay: a whole day of procedure (about 20 MB at 16 channels).</summary>
    private const int MaxHistorySeconds = 24 * 3600;

    private readonly ConcurrentQueue<IceballSecond> _arrived = new();
    private readonly List<IceballSecond> _history = [];
    private readonly IceballFrameWindow _window;
    private readonly int[] _tipChannels;
    private readonly SampleRecorder _recorder;
    private readonly ProcedureStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<IceballEstimator> _logger;
    private readonly IceballEstimatorOptions _options;
    private readonly SemaphoreSlim _work = new(0);
    private readonly CancellationTokenSource _stopping = new();
    private PendingLayout? _pendingLayout;
    private IceballStatus _status = IceballStatus.Idle;
    private Thread? _thread;

    /// <param name="console">The console's description (channels, probes and their tips): the estimator reads the
    /// contract, never the plant.</param>
    public IceballEstimator(ConsoleDescription console, SampleRecorder recorder, ProcedureStore store, TimeProvider time, ILogger<IceballEstimator> logger, IceballEstimatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        _window = new IceballFrameWindow(console.Channels.Count, console.ProbeCount);
        _tipChannels = [.. console.ProbeTipChannels()];
        _recorder = recorder;
        _store = store;
        _time = time;
        _logger = logger;
        _options = options ?? new IceballEstimatorOptions();
    }

    /// <summary>Raised on the estimator's thread whenever <see cref="Status"/> changes. Handlers must be quick.</summary>
    public event EventHandler<IceballStatus>? Changed;

    /// <summary>How many handlers <see cref="Changed"/> has (a page that is closed must not stay subscribed).</summary>
    internal int ChangedSubscriberCount => Changed?.GetInvocationList().Length ?? 0;

    public IceballStatus Status => Volatile.Read(ref _status);

    /// <summary>
    /// Uses <paramref name="layout"/> (already validated) for the running procedure <paramref name="procedureId"/>:
    /// the models restart from body temperature and replay the procedure so far. Ignored if that procedure no longer runs.
    /// </summary>
    public void UseLayout(Guid procedureId, IceballLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        Volatile.Write(ref _pendingLayout, new PendingLayout(procedureId, layout));
        _work.Release();
    }

    public void OnFrame(ControlFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (_recorder.Recording is not Guid procedure)
        {
            _window.Reset();
            return;
        }

        if (_window.Add(frame, procedure) is { } second)
        {
            _arrived.Enqueue(second);
            _work.Release();
        }
    }

    public void OnFramesLost(long first, long count) => _window.Reset();

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
                LogFailed(_logger, _procedure, e);
            }
        }
    }

    /// <summary>Publishes to each handler on its own: a throwing handler is logged and never reaches this thread's loop.</summary>
    private void Publish(IceballStatus status)
    {
        Volatile.Write(ref _status, status);
        foreach (var handler in Changed?.GetInvocationList() ?? [])
        {
            try
            {
                ((EventHandler<IceballStatus>)handler)(this, status);
            }
#pragma warning disable CA1031 // A subscriber's failure is its own; the estimate goes on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogHandlerFailed(_logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Iceball estimate stopped for procedure {ProcedureId}; the console is unaffected")]
    private static partial void LogFailed(ILogger logger, Guid? procedureId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An iceball estimate subscriber failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Iceball estimate for procedure {ProcedureId} uses a new layout: {Probes} probe(s), {Sensors} sensor(s), replaying {Seconds} s")]
    private static partial void LogLayout(ILogger logger, Guid procedureId, int probes, int sensors, int seconds);
}
