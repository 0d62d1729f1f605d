using CryoWeb.WebUI.Live;

namespace CryoWeb.WebUI.Telemetry;

/// <summary>
/// Sends a <see cref="TelemetryHeartbeat"/> to every viewer every <see cref="Interval"/> when no telemetry batch left
/// within that interval (the controller is silent, or nothing to send), and whenever the controller is not publishing.
/// Batches at 10 Hz already prove the link, so a live console sends no heartbeats. One TimeProvider timer; a send still
/// under way when the next beat is due makes that beat a no-op, so a stalled viewer never piles them up.
/// </summary>
public sealed partial class TelemetryHeartbeatSender : IHostedService, IDisposable
{
    /// <summary>Time between heartbeats while idle: well under the browsers' 2 s staleness limit.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly Func<TimeSpan> _sinceLastBatch;
    private readonly Func<LiveStatus> _status;
    private readonly Func<TelemetryHeartbeat, CancellationToken, Task> _send;
    private readonly TimeProvider _time;
    private readonly ILogger<TelemetryHeartbeatSender> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private ITimer? _timer;
    private int _sending;

    /// <param name="sinceLastBatch">How long ago the broadcaster queued its last batch.</param>
    /// <param name="status">The live status now (its link flag says whether the controller publishes).</param>
    /// <param name="send">Sends one heartbeat to every viewer (the hub's group in the app, a recorder in tests).</param>
    public TelemetryHeartbeatSender(
        Func<TimeSpan> sinceLastBatch,
        Func<LiveStatus> status,
        Func<TelemetryHeartbeat, CancellationToken, Task> send,
        TimeProvider time,
        ILogger<TelemetryHeartbeatSender> logger)
    {
        _sinceLastBatch = sinceLastBatch;
        _status = status;
        _send = send;
        _time = time;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = _time.CreateTimer(_ => Beat(), null, Interval, Interval);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_timer is not null)
        {
            await _timer.DisposeAsync().ConfigureAwait(false);
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
    }

    public void Dispose()
    {
        _timer?.Dispose();
        _stopping.Dispose();
    }

    /// <summary>The heartbeat for now, or null when a batch went out within the interval and the controller publishes.</summary>
    public TelemetryHeartbeat? Due()
    {
        var status = _status();
        var now = _time.GetUtcNow();
        bool publishing = status.Sequence > 0 && status.ControllerLinkOk;
        if (publishing && _sinceLastBatch() < Interval)
        {
            return null;
        }

        long? age = status.Sequence > 0 ? (long)Math.Max(0, (now - status.Time).TotalMilliseconds) : null;
        return new TelemetryHeartbeat(now.ToUnixTimeMilliseconds(), publishing, age);
    }

    private void Beat()
    {
        if (Interlocked.Exchange(ref _sending, 1) == 1)
        {
            return;
        }

        TelemetryHeartbeat? beat;
        try
        {
            beat = Due();
        }
#pragma warning disable CA1031 // A timer callback that throws would end the heartbeats for good; log and go on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogBeatFailed(_logger, e);
            beat = null;
        }

        if (beat is null)
        {
            Volatile.Write(ref _sending, 0);
            return;
        }

        _ = SendAsync(beat);
    }

    private async Task SendAsync(TelemetryHeartbeat beat)
    {
        try
        {
            await _send(beat, _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
#pragma warning disable CA1031 // One failed send must not stop the heartbeats for every other viewer.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogBeatFailed(_logger, e);
        }
        finally
        {
            Volatile.Write(ref _sending, 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending a telemetry heartbeat failed")]
    private static partial void LogBeatFailed(ILogger logger, Exception exception);
}
