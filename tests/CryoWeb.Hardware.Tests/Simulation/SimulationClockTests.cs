using System.Collections.Concurrent;
using System.Diagnostics;
using CryoWeb.Hardware.Simulation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.Hardware.Tests.Simulation;

/// <summary>The background service that keeps the simulated plant in step with the clock, driven by a fake clock.</summary>
public sealed class SimulationClockTests : IAsyncDisposable
{
    /// <summary>Real time allowed for the background loop to catch up with one fake tick; generous for a loaded 2-core machine.</summary>
    private static readonly TimeSpan CatchUpTimeout = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly SimulatedPlant _plant;
    private readonly RecordingLogger _logger = new();
    private readonly SimulationClock _clock;

    public SimulationClockTests()
    {
        var layout = PlantFixture.Layout(PlantFixture.Probe(0)) with { GridSpacingMm = 3, MarginMm = 15, MaxDegreeOfParallelism = 1 };
        _plant = new SimulatedPlant(layout, _time.GetUtcNow(), maxStepSeconds: 0.1);
        _clock = new SimulationClock(_plant, _time, _logger);
    }

    public async ValueTask DisposeAsync()
    {
        await _clock.StopAsync(CancellationToken.None);
        _clock.Dispose();
    }

    [Fact]
    public async Task Plant_follows_the_clock_tick_by_tick()
    {
        await StartAsync();
        for (int tick = 1; tick <= 20; tick++)
        {
            _time.Advance(SimulationClock.Period);
            await WaitForElapsedAsync(SimulationClock.Period * tick);
        }

        Assert.Equal(TimeSpan.FromSeconds(1), _plant.Elapsed);
        Assert.Empty(_logger.Warnings);
    }

    [Fact]
    public async Task A_long_pause_is_caught_up_by_at_most_two_seconds()
    {
        await StartAsync();
        _time.Advance(SimulationClock.Period);
        await WaitForElapsedAsync(SimulationClock.Period);

        // The clock moves on while the loop is not scheduled (as after a suspended process): 10 s pass before the next tick.
        _time.AdjustTime(_time.GetUtcNow() + TimeSpan.FromSeconds(10) - SimulationClock.Period);
        _time.Advance(SimulationClock.Period);
        await WaitForElapsedAsync(SimulationClock.Period + TimeSpan.FromSeconds(2));
        Assert.Equal("Simulation fell 10.0 s behind the clock; skipping ahead", Assert.Single(_logger.Warnings));

        // From then on it follows the clock again.
        _time.Advance(SimulationClock.Period);
        await WaitForElapsedAsync((2 * SimulationClock.Period) + TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task StopAsync_stops_the_plant()
    {
        await StartAsync();
        _time.Advance(SimulationClock.Period);
        await WaitForElapsedAsync(SimulationClock.Period);

        await _clock.StopAsync(CancellationToken.None);
        Assert.True(_clock.ExecuteTask!.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(SimulationClock.Period, _plant.Elapsed);
    }

    /// <summary>Starts the service and waits until its timer exists (it logs once it has created it).</summary>
    private async Task StartAsync()
    {
        await _clock.StartAsync(CancellationToken.None);
        await _logger.Started.Task.WaitAsync(CatchUpTimeout);
        Assert.Equal(TimeSpan.Zero, _plant.Elapsed);
    }

    /// <summary>Yields until the background loop has advanced the plant to <paramref name="expected"/>; fails on overshoot or time-out.</summary>
    private async Task WaitForElapsedAsync(TimeSpan expected)
    {
        var waited = Stopwatch.StartNew();
        while (_plant.Elapsed < expected && waited.Elapsed < CatchUpTimeout)
        {
            await Task.Yield();
        }

        Assert.Equal(expected, _plant.Elapsed);
    }

    private sealed class RecordingLogger : ILogger<SimulationClock>
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentQueue<string> Warnings { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            string message = formatter(state, exception);
            if (logLevel == LogLevel.Warning)
            {
                Warnings.Enqueue(message);
            }
            else if (message.StartsWith("Simulated plant running", StringComparison.Ordinal))
            {
                Started.TrySetResult();
            }
        }
    }
}
