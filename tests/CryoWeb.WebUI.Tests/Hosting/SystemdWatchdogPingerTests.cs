using System.Numerics;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.ControlThread;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Thermal.Layout;
using CryoWeb.Thermal.Probes;
using CryoWeb.WebUI.Hosting;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using CryoWeb.Controller.Configuration;

namespace CryoWeb.WebUI.Tests.Hosting;

public class SystemdWatchdogPingerTests
{
    private sealed class RecordingNotifier : ISystemdNotifier
    {
        public List<string> Sent { get; } = [];

        public bool IsEnabled => true;

        public void Notify(ServiceState state) => Sent.Add(state.ToString());
    }

    [Fact]
    public void Pings_only_while_the_control_loop_is_healthy()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var layout = new SimulationLayout { GridSpacingMm = 3, MarginMm = 10, Probes = [new SimulatedProbe { Name = "P1", TipMm = Vector3.Zero }] };
        var core = new ControlCore(new SimulatedPlant(layout, time.GetUtcNow()).CreateHardware(time), new ControllerOptions());
        long lastTick = time.GetTimestamp();
        var watchdog = new ControlWatchdog(core, () => lastTick, time, NullLogger<ControlWatchdog>.Instance);
        var notifier = new RecordingNotifier();
        var pinger = new SystemdWatchdogPinger(notifier, watchdog, time, NullLogger<SystemdWatchdogPinger>.Instance, "20000000");

        Assert.Equal(TimeSpan.FromSeconds(10), pinger.Interval);
        Assert.True(pinger.PingIfHealthy());
        Assert.Equal(["WATCHDOG=1"], notifier.Sent);

        time.Advance(TimeSpan.FromSeconds(1));
        watchdog.Check();
        Assert.False(pinger.PingIfHealthy());
        Assert.Single(notifier.Sent);
    }

    [Fact]
    public void A_monitor_that_stopped_checking_withholds_the_pings_even_though_its_last_verdict_was_healthy()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var layout = new SimulationLayout { GridSpacingMm = 3, MarginMm = 10, Probes = [new SimulatedProbe { Name = "P1", TipMm = Vector3.Zero }] };
        var core = new ControlCore(new SimulatedPlant(layout, time.GetUtcNow()).CreateHardware(time), new ControllerOptions());
        var watchdog = new ControlWatchdog(core, time.GetTimestamp, time, NullLogger<ControlWatchdog>.Instance);
        var notifier = new RecordingNotifier();
        var pinger = new SystemdWatchdogPinger(notifier, watchdog, time, NullLogger<SystemdWatchdogPinger>.Instance, "20000000");
        Assert.True(watchdog.Check());

        // The control loop keeps ticking (its timestamp is always now) but the monitor thread died: no check for 1 s.
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(watchdog.IsHealthy, "the monitor's last verdict");
        Assert.False(watchdog.MonitorAlive);
        Assert.False(pinger.PingIfHealthy());
        Assert.Empty(notifier.Sent);
        Assert.True(watchdog.Check());
        Assert.True(pinger.PingIfHealthy());
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("abc")]
    public void Without_a_systemd_watchdog_there_is_no_interval(string value)
    {
        var time = new FakeTimeProvider();
        var layout = new SimulationLayout { GridSpacingMm = 3, MarginMm = 10, Probes = [new SimulatedProbe { Name = "P1" }] };
        var core = new ControlCore(new SimulatedPlant(layout, time.GetUtcNow()).CreateHardware(time), new ControllerOptions());
        var watchdog = new ControlWatchdog(core, time.GetTimestamp, time, NullLogger<ControlWatchdog>.Instance);

        Assert.Null(new SystemdWatchdogPinger(new RecordingNotifier(), watchdog, time, NullLogger<SystemdWatchdogPinger>.Instance, value).Interval);
    }
}
