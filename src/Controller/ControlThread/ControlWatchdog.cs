using CryoWeb.Controller.Commands;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.ControlThread;

/// <summary>
/// A monitor thread that watches the control thread: when no tick has completed for <see cref="StallAfterPeriods"/>
/// periods, it forces the safe state itself (emergency stop: every gas valve closed, vent open) and reports the loop
/// unhealthy, which stops the systemd watchdog pings. The external hardware watchdog on the heartbeat pin is the
/// last line behind it.
/// </summary>
public sealed partial class ControlWatchdog(ICommandChannel core, Func<long> lastTickTimestamp, TimeProvider time, ILogger<ControlWatchdog> logger)
    : IHostedService, IDisposable
{
    public const int StallAfterPeriods = 5;
    private readonly ManualResetEventSlim _stopping = new(false);
    private Thread? _thread;
    private bool _stalled;
    private long _lastCheck = time.GetTimestamp();

    /// <summary>True while the control thread ticks on time; systemd WATCHDOG=1 is sent only while this holds.</summary>
    public bool IsHealthy => !Volatile.Read(ref _stalled);

    /// <summary>
    /// True while this monitor itself still looks at the control thread (it checked within the stall time). A dead or
    /// hung monitor would leave <see cref="IsHealthy"/> frozen at its last value, so whoever vouches for the loop to the
    /// outside (the systemd watchdog pings) asks this too.
    /// </summary>
    public bool MonitorAlive => time.GetElapsedTime(Volatile.Read(ref _lastCheck)) <= core.Options.TickPeriod * StallAfterPeriods;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _thread = new Thread(Run) { Name = "cryoweb-watchdog", IsBackground = true, Priority = ThreadPriority.AboveNormal };
        _thread.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Set();
        _thread?.Join(TimeSpan.FromSeconds(2));
        return Task.CompletedTask;
    }

    public void Dispose() => _stopping.Dispose();

    /// <summary>One look at the control thread; forces the safe state on a stall. Returns whether the loop is healthy.</summary>
    public bool Check()
    {
        var silent = time.GetElapsedTime(lastTickTimestamp());
        bool stalled = silent > core.Options.TickPeriod * StallAfterPeriods;
        if (stalled && !_stalled)
        {
            core.EmergencyStop();
            LogStall(logger, silent.TotalMilliseconds);
        }
        else if (!stalled && _stalled)
        {
            LogRecovered(logger);
        }

        Volatile.Write(ref _stalled, stalled);
        Volatile.Write(ref _lastCheck, time.GetTimestamp());
        return !stalled;
    }

    private void Run()
    {
        while (!_stopping.Wait(core.Options.TickPeriod))
        {
            Check();
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Control thread stalled ({Milliseconds:F0} ms without a tick): safe state forced, emergency stop latched")]
    private static partial void LogStall(ILogger logger, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Control thread ticks again; the emergency stop stays latched until an operator resets it")]
    private static partial void LogRecovered(ILogger logger);
}
