using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Safety;

namespace CryoWeb.Controller.Tests.Control;

/// <summary>The steady-state control tick allocates nothing (so it never makes garbage that pauses it).</summary>
public class ZeroAllocationTickTests
{
    [Fact]
    public void A_steady_tick_with_probes_freezing_duty_cycling_and_protocols_running_allocates_nothing()
    {
        var console = new ConsoleHarness(ConsoleHarness.ThreeProbes(parallelism: 1));
        console.RunFor(TimeSpan.FromSeconds(1));
        Assert.True(console.Send(new StartProtocolCommand(ProtocolPresets.DoubleFreeze, [1])).Accepted);
        Assert.True(console.Send(new SetProbeModeCommand(2, ProbeMode.Freeze, 50)).Accepted);
        Assert.True(console.Send(new SetProbeModeCommand(3, ProbeMode.Stick)).Accepted);
        // TS1 at body temperature is past a 40 C limit: the safety gate caps probe 2 at 50 % every tick.
        Assert.True(console.Send(new SetSensorGuardsCommand([new SensorGuard(4, SensorRole.Margin, 0, ProtectiveAction.AlarmOnly, []), new SensorGuard(3, SensorRole.CriticalStructure, 40, ProtectiveAction.Reduce, [1])])).Accepted);
        console.RunFor(TimeSpan.FromSeconds(10));
        var core = console.Core;
        var time = console.Time;

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 200; i++)
        {
            time.Advance(console.Options.TickPeriod);
            core.Tick(time.GetUtcNow(), latenessMilliseconds: 0.2);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);

        // The ticks really worked: probe 2's valve toggled with its 50 % duty, and frames were published.
        Assert.Equal(ProbeMode.Freeze, core.Probes[1].Mode);
        Assert.Equal(ProtocolState.Running, core.Protocols[0].State);
        Assert.True(core.Frames.Published > 300);
        Assert.Equal(50, console.LastFrame().GateMaxPowerPercent[1]);
    }
}
