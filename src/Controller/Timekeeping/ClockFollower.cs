using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Timekeeping;

/// <summary>
/// Every <see cref="CheckEvery"/>, compares the <see cref="SteadyClock"/> with the wall clock. While no procedure runs
/// it follows the wall clock (logging a move of <see cref="ReportAbove"/> or more); while one runs it keeps its steady
/// time and says once per step of the wall clock that the procedure's times stay on the console's clock until it ends.
/// </summary>
public sealed partial class ClockFollower(SteadyClock clock, Func<Guid?> runningProcedure, ILogger<ClockFollower> logger) : IHostedService, IDisposable
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

    /// <summary>One comparison; returns true when the clock followed the wall clock.</summary>
    public bool Check()
    {
        var offset = clock.WallClockOffset;
        if (offset.Duration() < TimeSpan.FromMilliseconds(10))
        {
            return false;
        }

        if (runningProcedure() is Guid procedure)
        {
            if (offset.Duration() >= ReportAbove && (offset - _reportedOffset).Duration() >= ReportAbove)
            {
                _reportedOffset = offset;
                LogHeld(logger, offset.TotalSeconds, procedure);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The system clock moved by {OffsetSeconds:F1} s; no procedure runs, so the console's clock follows it now")]
    private static partial void LogFollowed(ILogger logger, double offsetSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The system clock moved by {OffsetSeconds:F1} s during procedure {ProcedureId}: its timers and records stay on the console's steady clock until it ends (its recorded times differ from the system clock by that much)")]
    private static partial void LogHeld(ILogger logger, double offsetSeconds, Guid procedureId);
}
