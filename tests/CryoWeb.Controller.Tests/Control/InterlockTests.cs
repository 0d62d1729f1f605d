using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Safety;
using CryoWeb.Controller.Sensors;
using CryoWeb.Hardware.Pressure;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Hardware.Valves;
using CryoWeb.Controller.Conditions;
using CryoWeb.Thermal.Layout;

namespace CryoWeb.Controller.Tests.Control;

/// <summary>Each interlock fires on its injected fault in the simulator and takes its action.</summary>
public class InterlockTests
{
    private static ConsoleHarness Freezing(SimulationLayout? layout = null, int seconds = 40)
    {
        var console = new ConsoleHarness(layout);
        console.RunFor(TimeSpan.FromSeconds(1));
        for (int p = 1; p <= console.Hardware.ProbeCount; p++)
        {
            var outcome = console.Send(new SetProbeModeCommand(p, ProbeMode.Freeze, 100));
            Assert.True(outcome.Accepted, outcome.Reason);
        }

        console.RunFor(TimeSpan.FromSeconds(seconds));
        return console;
    }

    [Fact]
    public void A_probe_that_does_not_cool_while_freezing_is_stopped_as_leaking_or_blocked()
    {
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(1));
        console.Plant.InjectStuckValve(ValveId.FreezeOf(1), stuckOpen: false);
        Assert.True(console.Send(new SetProbeModeCommand(2, ProbeMode.Freeze, 100)).Accepted);
        console.RunFor(TimeSpan.FromSeconds(29));
        Assert.Equal(ProbeMode.Freeze, console.Core.Probes[1].Mode);

        var raised = new HashSet<AlarmKey>();
        console.OnFrame = frame => raised.UnionWith(frame.Conditions.Present());
        console.RunFor(TimeSpan.FromSeconds(1.5));

        Assert.Equal(ProbeMode.Off, console.Core.Probes[1].Mode);
        Assert.Equal("probe not cooling (leak or blocked probe): gas stopped", console.Core.Probes[1].LastAutomaticChange);
        Assert.False(console.Valves.IsOpen(ValveId.FreezeOf(1)));
        Assert.Contains(new AlarmKey(AlarmCondition.ProbeNotCooling, 1), raised);
        Assert.DoesNotContain(new AlarmKey(AlarmCondition.ProbeNotCooling, 0), raised);
    }

    [Fact]
    public void A_sensor_bus_failure_stops_all_gas_and_shows_no_temperatures()
    {
        var console = Freezing();
        console.Plant.InjectSpiBusFailure();
        console.Tick();

        var frame = console.LastFrame();
        Assert.True(frame.Conditions[AlarmCondition.SensorBusFailure, -1]);
        Assert.All(frame.ProbeModes, mode => Assert.Equal(ProbeMode.PassiveThaw, mode));
        Assert.All(frame.ChannelCelsius, value => Assert.True(double.IsNaN(value)));
        Assert.All(frame.ChannelFaults, fault => Assert.Equal(SensorFaults.BusFailure, fault));
        Assert.False(console.Valves.IsOpen(ValveId.ArgonSupply));
    }

    [Fact]
    public void An_open_sensor_is_a_fault_and_never_a_number()
    {
        var console = Freezing(seconds: 5);
        console.Plant.InjectThermocoupleFault(3, SimulatedThermocoupleFault.OpenCircuit);
        console.Tick();

        var frame = console.LastFrame();
        Assert.True(double.IsNaN(frame.ChannelCelsius[3]));
        Assert.Equal(SensorFaults.OpenCircuit, frame.ChannelFaults[3]);
        Assert.True(frame.Conditions[AlarmCondition.ThermocoupleFault, 3]);
        Assert.All(frame.ProbeModes, mode => Assert.Equal(ProbeMode.Freeze, mode));
    }

    [Fact]
    public void A_tip_thermocouple_that_fails_while_freezing_stops_that_probe_after_one_second()
    {
        var console = Freezing(seconds: 60);
        console.Plant.InjectThermocoupleFault(0, SimulatedThermocoupleFault.Shorted);
        console.Tick();

        // The short jumps the reading from about -145 C to +25 C in one tick: implausible, not a number.
        var frame = console.LastFrame();
        Assert.True(double.IsNaN(frame.ChannelCelsius[0]));
        Assert.Equal(CryoWeb.Controller.Control.ControlCore.Implausible, frame.ChannelFaults[0]);
        Assert.Equal(ProbeMode.Freeze, console.Core.Probes[0].Mode);

        // Within a second the gas of that probe is off: either the fault outlasts its one-second grace, or the
        // short's steady +25 C becomes plausible and the probe is caught as not cooling (a MAX31856 cannot see a short).
        console.RunFor(TimeSpan.FromSeconds(1));
        Assert.Contains(console.Core.Probes[0].Mode, new[] { ProbeMode.PassiveThaw, ProbeMode.Off });
        Assert.Contains(console.Core.Probes[0].LastAutomaticChange, new[] { "tip thermocouple fault: freezing stopped", "probe not cooling (leak or blocked probe): gas stopped" });
        Assert.False(console.Valves.IsOpen(ValveId.FreezeOf(0)));
        Assert.Equal(ProbeMode.Freeze, console.Core.Probes[1].Mode);
    }

    [Fact]
    public void Losing_argon_raises_low_pressure_and_refuses_new_freezes()
    {
        var console = Freezing(seconds: 5);
        console.Plant.InjectPressureLoss(GasSupply.Argon);
        console.Tick();

        Assert.True(console.LastFrame().Conditions[AlarmCondition.LowSupplyPressure, 0]);
        var refused = console.Send(new SetProbeModeCommand(1, ProbeMode.Stick));
        Assert.False(refused.Accepted);
        Assert.Equal("Probe 1: argon supply is 0 psi, below the 1500 psi needed to freeze.", refused.Reason);
    }

    [Fact]
    public void Supply_over_pressure_closes_the_supply_and_stops_freezing()
    {
        var layout = ConsoleHarness.ThreeProbes() with { ArgonTank = new GasTank { InitialPsi = 6500 } };
        var console = new ConsoleHarness(layout);
        console.RunFor(TimeSpan.FromSeconds(1));

        // The safety gate refuses a freeze against the over-pressure before any valve opens.
        var outcome = console.Send(new SetProbeModeCommand(1, ProbeMode.Freeze, 100));
        Assert.False(outcome.Accepted);
        Assert.Contains("argon supply is over pressure", outcome.Reason, StringComparison.Ordinal);
        console.RunFor(TimeSpan.FromSeconds(1));

        var frame = console.LastFrame();
        Assert.True(frame.Conditions[AlarmCondition.SupplyOverPressure, 0]);
        Assert.All(frame.ProbeModes, mode => Assert.Equal(ProbeMode.Off, mode));
        Assert.All(frame.GateMaxPowerPercent, limit => Assert.Equal(0, limit));
        Assert.False(console.Valves.IsOpen(ValveId.ArgonSupply));
    }

    [Theory]
    [InlineData(ProtectiveAction.Stop, ProbeMode.PassiveThaw, 0)]
    [InlineData(ProtectiveAction.Reduce, ProbeMode.Freeze, 50)]
    [InlineData(ProtectiveAction.AlarmOnly, ProbeMode.Freeze, 100)]
    public void A_critical_structure_past_its_limit_takes_its_protective_action_on_linked_probes(ProtectiveAction action, ProbeMode expectedMode, double expectedPower)
    {
        var console = Freezing(seconds: 1);
        var guard = new SensorGuard(3, SensorRole.CriticalStructure, 10, action, [0]);
        Assert.True(console.Send(new SetSensorGuardsCommand([guard])).Accepted);

        // TS1 sits 6 mm from probe 1: it passes +10 C within minutes.
        var frames = new List<bool>();
        console.OnFrame = f => frames.Add(f.Conditions[AlarmCondition.CriticalStructureLimit, 3]);
        console.RunFor(TimeSpan.FromMinutes(3));

        Assert.Contains(true, frames);
        Assert.Equal(expectedMode, console.Core.Probes[0].Mode);
        Assert.Equal(expectedPower, console.Core.Probes[0].PowerPercent);
        Assert.Equal(ProbeMode.Freeze, console.Core.Probes[1].Mode);
        Assert.Equal(100, console.Core.Probes[1].PowerPercent);
    }

    [Fact]
    public void A_critical_structure_sensor_that_goes_blind_counts_as_at_its_limit_after_the_one_second_grace()
    {
        var console = Freezing(seconds: 1);
        Assert.True(console.Send(new SetSensorGuardsCommand([new SensorGuard(3, SensorRole.CriticalStructure, 5, ProtectiveAction.Stop, [0])])).Accepted);
        console.Plant.InjectThermocoupleFault(3, CryoWeb.Hardware.Simulation.SimulatedThermocoupleFault.OpenCircuit);

        var limit = new List<bool>();
        console.OnFrame = f => limit.Add(f.Conditions[AlarmCondition.CriticalStructureLimit, 3]);
        console.RunFor(TimeSpan.FromSeconds(0.8));
        Assert.DoesNotContain(true, limit);
        Assert.Equal(ProbeMode.Freeze, console.Core.Probes[0].Mode);

        console.RunFor(TimeSpan.FromSeconds(0.5));
        Assert.Contains(true, limit);
        Assert.Equal(ProbeMode.PassiveThaw, console.Core.Probes[0].Mode);
        Assert.Equal(ProbeMode.Freeze, console.Core.Probes[1].Mode);
    }

    [Fact]
    public void Margin_sensors_give_information_signals_at_minus_20_and_minus_40()
    {
        var console = Freezing(seconds: 1);
        Assert.True(console.Send(new SetSensorGuardsCommand([new SensorGuard(3, SensorRole.Margin, 0, ProtectiveAction.AlarmOnly, [])])).Accepted);
        console.RunFor(TimeSpan.FromMinutes(8));

        var frame = console.LastFrame();
        Assert.True(frame.ChannelCelsius[3] <= -40, $"TS1 at {frame.ChannelCelsius[3]:F1} C");
        Assert.True(frame.Conditions[AlarmCondition.MarginReachedMinus20, 3]);
        Assert.True(frame.Conditions[AlarmCondition.MarginReachedMinus40, 3]);
        Assert.All(frame.ProbeModes, mode => Assert.Equal(ProbeMode.Freeze, mode));
    }

    [Fact]
    public void A_small_tank_warns_when_less_than_ten_minutes_of_argon_are_left()
    {
        var layout = ConsoleHarness.ThreeProbes() with { ArgonTank = new GasTank { WaterCapacityLiters = 2, InitialPsi = 4500 } };
        var console = Freezing(layout, seconds: 70);

        var frame = console.LastFrame();
        Assert.True(frame.ArgonMinutesLeft < 10, $"{frame.ArgonMinutesLeft:F1} min left");
        Assert.True(frame.Conditions[AlarmCondition.TankNearlyEmpty, 0]);
        Assert.True(double.IsPositiveInfinity(new ConsoleHarness().LastFrameAfterTicks(20).ArgonMinutesLeft));
    }

    [Fact]
    public void Three_late_ticks_in_a_row_raise_the_overrun_alarm()
    {
        var console = new ConsoleHarness();
        console.Tick(latenessMilliseconds: 60);
        console.Tick(latenessMilliseconds: 60);
        Assert.False(console.LastFrame().Conditions[AlarmCondition.ControlLoopOverrun, -1]);
        console.Tick(latenessMilliseconds: 60);
        Assert.True(console.LastFrame().Conditions[AlarmCondition.ControlLoopOverrun, -1]);
        console.Tick(latenessMilliseconds: 1);
        Assert.False(console.LastFrame().Conditions[AlarmCondition.ControlLoopOverrun, -1]);
    }

    [Fact]
    public void A_storage_failure_is_an_alarm_while_the_loop_keeps_freezing()
    {
        var console = Freezing(seconds: 2);
        console.Core.ReportStorageHealth(true);
        console.Tick();

        Assert.True(console.LastFrame().Conditions[AlarmCondition.StorageFailure, -1]);
        Assert.All(console.LastFrame().ProbeModes, mode => Assert.Equal(ProbeMode.Freeze, mode));
    }
}
