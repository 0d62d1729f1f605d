using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Hardware.Simulation;

/// <summary>
/// Advances a simulated plant in step with the clock (real time in the console, a FakeTimeProvider in tests),
/// on its own background task, so the control thread only reads sensors and drives valves, as with real hardware.
/// </summary>
public sealed partial class SimulationClock(SimulatedPlant plant, TimeProvider time, ILogger<SimulationClock> logger) : BackgroundService
{
    /// <summary>How often the physics catches up with the clock.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromMilliseconds(50);

    /// <summary>At most this much simulated time per catch-up: after a long pause the plant is not run for minutes in one go.</summary>
    private static readonly TimeSpan MaxCatchUp = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var last = time.GetUtcNow();
        using var timer = new PeriodicTimer(Period, time);
        LogStarted(logger, plant.Tissue.Geometry.CellCount);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = time.GetUtcNow();
            var elapsed = now - last;
            last = now;
            if (elapsed > MaxCatchUp)
            {
                LogFellBehind(logger, elapsed.TotalSeconds);
                elapsed = MaxCatchUp;
            }

            if (elapsed > TimeSpan.Zero)
            {
                plant.Advance(elapsed);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulated plant running in real time on {Cells} cells")]
    private static partial void LogStarted(ILogger logger, int cells);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Simulation fell {Seconds:F1} s behind the clock; skipping ahead")]
    private static partial void LogFellBehind(ILogger logger, double seconds);
}
