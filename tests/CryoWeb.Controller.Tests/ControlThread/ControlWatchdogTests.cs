using CryoWeb.Controller.ControlThread;
using CryoWeb.Controller.Tests.Control;
using CryoWeb.Hardware.Valves;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryoWeb.Controller.Tests.ControlThread;

public class ControlWatchdogTests
{
    [Fact]
    public void A_stalled_control_thread_forces_the_safe_state_and_stops_being_healthy()
    {
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(1));
        Assert.True(console.Send(new CryoWeb.Controller.Commands.SetProbeModeCommand(1, CryoWeb.Controller.Probes.ProbeMode.Freeze)).Accepted);
        long lastTick = console.Time.GetTimestamp();
        var watchdog = new ControlWatchdog(console.Core, () => lastTick, console.Time, NullLogger<ControlWatchdog>.Instance);

        console.Time.Advance(TimeSpan.FromMilliseconds(500));
        Assert.True(watchdog.Check());
        Assert.True(console.Valves.IsOpen(ValveId.FreezeOf(0)));

        console.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.False(watchdog.Check());
        Assert.False(watchdog.IsHealthy);
        Assert.False(console.Valves.IsOpen(ValveId.FreezeOf(0)));
        Assert.True(console.Valves.IsOpen(ValveId.Vent));
        Assert.True(console.Core.EmergencyStopLatched);

        lastTick = console.Time.GetTimestamp();
        Assert.True(watchdog.Check());
        Assert.True(watchdog.IsHealthy);
        Assert.True(console.Core.EmergencyStopLatched);
    }
}
