using System.Diagnostics;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.ControlThread;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Tests.Control;
using CryoWeb.Hardware.Valves;
using Microsoft.Extensions.Logging.Abstractions;
using CryoWeb.Controller.Configuration;

namespace CryoWeb.Controller.Tests.ControlThread;

/// <summary>The real thread on the real clock, briefly: it ticks, records lateness, executes commands and closes the valves when it stops.</summary>
public class ControlLoopTests
{
    [Fact]
    public async Task The_thread_ticks_runs_commands_and_leaves_every_valve_closed_when_stopped()
    {
        var harness = new ConsoleHarness(options: new ControllerOptions { TickPeriod = TimeSpan.FromMilliseconds(20), DutyWindow = TimeSpan.FromSeconds(1), OverrunLateness = TimeSpan.FromMilliseconds(15) });
        var core = new ControlCore(harness.Hardware, harness.Options);
        using var metrics = new ControlLoopMetrics();
        using var loop = new ControlLoop(core, metrics, TimeProvider.System, NullLogger<ControlLoop>.Instance);

        await loop.StartAsync(CancellationToken.None);
        var outcome = await core.Submit(new SetProbeModeCommand(1, ProbeMode.Freeze)).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(outcome.Accepted, outcome.Reason);
        Assert.True(harness.Valves.IsOpen(ValveId.FreezeOf(0)));
        var frames = Stopwatch.StartNew();
        long published = core.Frames.Published;
        while (core.Frames.Published < published + 10 && frames.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Yield();
        }

        await loop.StopAsync(CancellationToken.None);

        Assert.True(core.Frames.Published >= published + 10, "ten more ticks ran");
        Assert.True(metrics.Lateness.Count >= 10);
        Assert.False(loop.IsRunning);
        Assert.False(harness.Valves.IsOpen(ValveId.FreezeOf(0)));
        Assert.False(harness.Valves.IsOpen(ValveId.ArgonSupply));
    }
}
