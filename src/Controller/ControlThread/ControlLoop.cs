using CryoWeb.Controller.Control;
using CryoWeb.Hardware.Valves;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.ControlThread;

/// <summary>
/// The dedicated control thread: runs <see cref="ControlCore.Tick"/> at a fixed period, measures how late each tick
/// starts, tries SCHED_FIFO for itself only, and leaves every valve closed when it stops. Missed ticks are not
/// replayed: after an overrun the schedule restarts from now.
/// </summary>
internal sealed partial class ControlLoop(ControlCore core, ControlLoopMetrics metrics, TimeProvider time, ILogger<ControlLoop> logger) : IHostedService, IDisposable, IControlLoopStatus
{
    /// <summary>SCHED_FIFO priority: above the kernel's default threaded IRQs (50) is not needed for a 100 ms loop.</summary>
    public const int RealtimePriority = 40;

    private readonly ManualResetEventSlim _stopping = new(false);
    private Thread? _thread;
    private long _lastTickTimestamp;

    /// <summary>Timestamp (TimeProvider) of the last completed tick; the watchdog reads it.</summary>
    public long LastTickTimestamp => Interlocked.Read(ref _lastTickTimestamp);

    public bool IsRunning => _thread is { IsAlive: true };

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastTickTimestamp, time.GetTimestamp());
        _thread = new Thread(Run) { Name = "cryoweb-control", IsBackground = true, Priority = ThreadPriority.Highest };
        _thread.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Set();
        _thread?.Join(TimeSpan.FromSeconds(2));
        var valves = core.Plant.Valves;
        valves.CloseAll();
        var open = ValveInventory.OpenIn(valves);
        int valveCount = ValveInventory.All(valves.ProbeCount).Count;
        string stillOpen = string.Join(", ", open);
        if (open.Count == 0)
        {
            LogStopped(logger, valveCount);
        }
        else
        {
            LogStillOpen(logger, stillOpen);
        }

        return Task.CompletedTask;
    }

    public void Dispose() => _stopping.Dispose();

    private void Run()
    {
        string? refused = RealtimeScheduling.TryEnableForCurrentThread(RealtimePriority);
        if (refused is null)
        {
            LogRealtime(logger, RealtimePriority);
        }
        else
        {
            LogNoRealtime(logger, refused);
        }

        var period = core.Options.TickPeriod;
        double overrunMilliseconds = core.Options.OverrunLateness.TotalMilliseconds;
        long next = time.GetTimestamp() + ToTimestampTicks(period);
        while (!_stopping.IsSet)
        {
            var wait = time.GetElapsedTime(time.GetTimestamp(), next);
            if (wait > TimeSpan.Zero && _stopping.Wait(wait))
            {
                break;
            }

            long started = time.GetTimestamp();
            double lateness = time.GetElapsedTime(next, started).TotalMilliseconds;
            try
            {
                core.Tick(time.GetUtcNow(), lateness);
            }
            catch (Exception e)
            {
                // A tick must never throw; if one does, stop all gas at once and keep the loop (and the alarm) alive.
                core.EmergencyStop();
                LogTickFailed(logger, e);
            }

            metrics.RecordTick(lateness, lateness > overrunMilliseconds);
            Interlocked.Exchange(ref _lastTickTimestamp, time.GetTimestamp());
            next += ToTimestampTicks(period);
            if (time.GetTimestamp() - next > ToTimestampTicks(period))
            {
                next = time.GetTimestamp() + ToTimestampTicks(period);
            }
        }
    }

    private long ToTimestampTicks(TimeSpan span) => (long)(span.TotalSeconds * time.TimestampFrequency);

    [LoggerMessage(Level = LogLevel.Information, Message = "Control thread runs under SCHED_FIFO priority {Priority}")]
    private static partial void LogRealtime(ILogger logger, int priority);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Control thread did NOT get real-time scheduling (SCHED_FIFO): {Reason}. It runs at normal priority; tick lateness is measured and alarmed.")]
    private static partial void LogNoRealtime(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "A control tick failed; emergency stop latched")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Control loop stopped; all {ValveCount} valves closed")]
    private static partial void LogStopped(ILogger logger, int valveCount);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Control loop stopped but the valve bank still drives open: {OpenValves}. Cut valve power.")]
    private static partial void LogStillOpen(ILogger logger, string openValves);
}
