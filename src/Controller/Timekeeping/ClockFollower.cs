using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Probes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Timekeeping;

/// <summary>
/// Every <see cref="CheckEvery"/>, compares the <see cref="SteadyClock"/> with the wall clock. While nothing needs steady
/// time it follows the wall clock (logging a move of <see cref="ReportAbove"/> or more); while something does (a
/// procedure runs, a probe is not Off, a protocol is active: <paramref name="holdReason"/> names it) it keeps its
/// steady time and says once per step of the wall clock that timers and records stay on the console's clock.
/// </summary>
public sealed partial class ClockFollower(SteadyClock clock, Func<string?> holdReason, ILogger<ClockFollower> logger) : IHostedService, IDisposable
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(5);

    /// <summary>Moves smaller than this (the two clocks read a moment apart, slewing) are followed silently.</summary>
    public static readonly TimeSpan ReportAbove = TimeSpan.FromSeconds(1);

    private ITimer? _timer;
    private TimeSpan _reportedOffset;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = clock.CreateTimer(_ => Check(), null, CheckEvery, CheckEvery);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _timer?.Dispose();

    /// <summary>
    /// Why the clock must hold now, or null: a running procedure, a probe that is not Off, an active protocol (their
    /// timers are differences of this clock, also outside a procedure), as the latest published frame shows them (read
    /// from the contract's read model, on this timer's thread, never from the control objects).
    /// </summary>
    public static string? HoldReason(Guid? runningProcedure, ConsoleState latest)
    {
        ArgumentNullException.ThrowIfNull(latest);
        if (runningProcedure is Guid procedure)
        {
            return $"procedure {procedure} runs";
        }

        foreach (var probe in latest.Probes)
        {
            if (probe.Mode != ProbeMode.Off || probe.ProtocolActive)
            {
                return $"probe {probe.Probe} is in {probe.Mode}";
            }
        }

        return null;
    }

    /// <summary>One comparison; returns true when the clock followed the wall clock.</summary>
    public bool Check()
    {
        var offset = clock.WallClockOffset;
        if (offset.Duration() < TimeSpan.FromMilliseconds(10))
        {
            return false;
        }

        if (holdReason() is string reason)
        {
            if (offset.Duration() >= ReportAbove && (offset - _reportedOffset).Duration() >= ReportAbove)
            {
                _reportedOffset = offset;
                LogHeld(logger, offset.TotalSeconds, reason);
            }

            return false;
        }

        var moved = clock.Reanchor();
        _reportedOffset = TimeSpan.Zero;
        if (moved.Duration() >= ReportAbove)
        {
            LogFollowed(logger, moved.TotalSeconds);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The system clock moved by {OffsetSeconds:F1} s; no procedure runs and no probe is active, so the console's clock follows it now")]
    private static partial void LogFollowed(ILogger logger, double offsetSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The system clock moved by {OffsetSeconds:F1} s while {HoldReason}: timers and records stay on the console's steady clock until that ends (recorded times differ from the system clock by that much)")]
    private static partial void LogHeld(ILogger logger, double offsetSeconds, string holdReason);
}
