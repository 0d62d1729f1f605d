using System.Threading.Channels;
using CryoWeb.Controller.Frames;

namespace CryoWeb.WebUI.Telemetry;

/// <summary>
/// Feeds the telemetry hub. On the feed thread it only copies readings (<see cref="TelemetryBatcher"/>); a flush on
/// the thread pool builds one batch, appends it to the <see cref="TelemetryHistory"/> and hands it to a bounded
/// channel; one sender task sends it to every viewer. Batches follow the frames: a frame arriving at least
/// <see cref="BatchInterval"/> (less <see cref="FrameJitter"/>) after the last batch is flushed at once, so at 10 Hz
/// each frame leaves as it arrives; an earlier one arms a one-shot TimeProvider timer for when the interval is up.
/// (A free-running timer would lock to an arbitrary phase against the ticks and add 0-100 ms to every sample.)
/// A stalled send never reaches back to the feed thread: the oldest waiting batch is dropped and the next batch
/// reports its samples as lost (the chart fills them from the history).
/// </summary>
public sealed partial class TelemetryBroadcaster : IFrameSubscriber, IHostedService, IDisposable, IThreadPoolWorkItem
{
    public static readonly TimeSpan BatchInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>How early a frame may arrive and still count as due: the control loop's tick jitter is far below it.</summary>
    public static readonly TimeSpan FrameJitter = TimeSpan.FromMilliseconds(10);

    /// <summary>Batches waiting to be sent before the oldest is dropped (about 1.2 s).</summary>
    public const int QueueCapacity = 8;

    private readonly TelemetryBatcher _batcher;
    private readonly TelemetryHistory _history;
    private readonly Func<Guid?> _runningProcedure;
    private readonly Func<TelemetryBatch, CancellationToken, Task> _send;
    private readonly TimeProvider _time;
    private readonly ILogger<TelemetryBroadcaster> _logger;
    private readonly Channel<TelemetryBatch> _queue;
    private readonly Lock _flushGate = new();
    private readonly CancellationTokenSource _stopping = new();
    private ITimer? _timer;
    private Task _sender = Task.CompletedTask;
    private long _failedSends;
    private long _lastBatchTimestamp;
    private int _flushQueued;

    /// <param name="runningProcedure">The running procedure now (read on the timer thread).</param>
    /// <param name="send">Sends one batch to every viewer (the hub context's group in the app, a recorder in tests).</param>
    public TelemetryBroadcaster(
        TelemetryBatcher batcher,
        TelemetryHistory history,
        Func<Guid?> runningProcedure,
        Func<TelemetryBatch, CancellationToken, Task> send,
        TimeProvider time,
        ILogger<TelemetryBroadcaster> logger)
    {
        _batcher = batcher;
        _history = history;
        _runningProcedure = runningProcedure;
        _send = send;
        _time = time;
        _logger = logger;
        _queue = Channel.CreateBounded<TelemetryBatch>(
            new BoundedChannelOptions(QueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            dropped =>
            {
                _batcher.AddLost(dropped.Times.Count + dropped.LostFrames);
                ScheduleFlush();
            });
    }

    /// <summary>Batches that could not be sent (a viewer's send failed); the viewers' gap fill covers them.</summary>
    public long FailedSends => Interlocked.Read(ref _failedSends);

    /// <summary>On the feed thread: copies the frame, and queues a flush when a batch is due (no allocation, no waiting).</summary>
    public void OnFrame(ControlFrame frame)
    {
        _batcher.OnFrame(frame);
        ScheduleFlush();
    }

    void IThreadPoolWorkItem.Execute()
    {
        Volatile.Write(ref _flushQueued, 0);
        Flush();
    }

    public void OnFramesLost(long first, long count) => _batcher.AddLost(count);

    /// <summary>How long ago the last batch was queued for the viewers (the heartbeat stays quiet while batches flow).</summary>
    public TimeSpan SinceLastBatch => _time.GetElapsedTime(Interlocked.Read(ref _lastBatchTimestamp));

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _sender = Task.Run(SendLoopAsync, CancellationToken.None);
        Interlocked.Exchange(ref _lastBatchTimestamp, _time.GetTimestamp());
        _timer = _time.CreateTimer(_ => Flush(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_timer is not null)
        {
            await _timer.DisposeAsync().ConfigureAwait(false);
        }

        _queue.Writer.TryComplete();
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _sender.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host's shutdown time ran out (e.g. Kestrel waited for browsers to close): the sender was already told
            // to stop and sends nothing more; shutdown must carry on to close the valves and the database.
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        _stopping.Dispose();
    }

    /// <summary>A flush now on the thread pool when the interval since the last batch is (nearly) up, else the timer for when it is.</summary>
    private void ScheduleFlush()
    {
        var timer = _timer;
        if (timer is null)
        {
            return;
        }

        var left = BatchInterval - _time.GetElapsedTime(Interlocked.Read(ref _lastBatchTimestamp));
        if (left > FrameJitter)
        {
            timer.Change(left, Timeout.InfiniteTimeSpan);
        }
        else if (Interlocked.Exchange(ref _flushQueued, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    /// <summary>Builds and queues one batch; what the timer and a due frame run (a busy previous flush makes this one a no-op).</summary>
    public void Flush()
    {
        if (!_flushGate.TryEnter())
        {
            return;
        }

        try
        {
            var procedure = _runningProcedure();
            _history.Follow(procedure);
            var batch = _batcher.Take(procedure, _history);
            if (batch is not null)
            {
                Interlocked.Exchange(ref _lastBatchTimestamp, _time.GetTimestamp());
                _queue.Writer.TryWrite(batch);
            }
        }
#pragma warning disable CA1031 // A timer callback that throws would end the stream for good; log and go on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFlushFailed(_logger, e);
        }
        finally
        {
            _flushGate.Exit();
        }
    }

    private async Task SendLoopAsync()
    {
        var token = _stopping.Token;
        await foreach (var batch in _queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            try
            {
                await _send(batch, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // One failed send must not stop the stream for every other viewer.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Interlocked.Increment(ref _failedSends);
                LogSendFailed(_logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Building a telemetry batch failed")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending a telemetry batch failed")]
    private static partial void LogSendFailed(ILogger logger, Exception exception);
}
