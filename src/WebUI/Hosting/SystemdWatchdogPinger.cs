using CryoWeb.Controller.ControlThread;
using Microsoft.Extensions.Hosting.Systemd;

namespace CryoWeb.WebUI.Hosting;

/// <summary>
/// Sends systemd's WATCHDOG=1 at half of WATCHDOG_USEC, but only while the control thread is healthy, so systemd
/// restarts a console whose control loop has stalled. Microsoft.Extensions.Hosting.Systemd sends READY/STOPPING only.
/// Does nothing when systemd set no watchdog.
/// </summary>
public sealed partial class SystemdWatchdogPinger(
    ISystemdNotifier notifier,
    ControlWatchdog watchdog,
    TimeProvider time,
    ILogger<SystemdWatchdogPinger> logger,
    string? watchdogMicroseconds) : BackgroundService
{
    private static readonly ServiceState Ping = new("WATCHDOG=1");

    /// <summary>Half of systemd's watchdog interval, or null when there is none.</summary>
    public TimeSpan? Interval { get; } =
        long.TryParse(watchdogMicroseconds, out long micro) && micro > 0 ? TimeSpan.FromMicroseconds(micro / 2.0) : null;

    /// <summary>One decision: ping if the loop is healthy and its monitor still checks it. Returns whether it pinged.</summary>
    public bool PingIfHealthy()
    {
        if (!notifier.IsEnabled || !watchdog.IsHealthy || !watchdog.MonitorAlive)
        {
            return false;
        }

        notifier.Notify(Ping);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Interval is not TimeSpan interval || !notifier.IsEnabled)
        {
            return;
        }

        LogEnabled(logger, interval.TotalMilliseconds);
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!PingIfHealthy())
            {
                LogWithheld(logger);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "systemd watchdog: pinging every {Milliseconds:F0} ms while the control loop is healthy")]
    private static partial void LogEnabled(ILogger logger, double milliseconds);

    [LoggerMessage(Level = LogLevel.Critical, Message = "systemd watchdog ping withheld: the control loop is not healthy")]
    private static partial void LogWithheld(ILogger logger);
}
