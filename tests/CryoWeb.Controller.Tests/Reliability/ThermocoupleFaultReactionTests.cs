using CryoWeb.Controller.Control;
using CryoWeb.Controller.Probes;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Controller.Sensors;
using CryoWeb.Hardware.Valves;
using Xunit.Abstractions;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Tests.Reliability;

/// <summary>
/// Thermocouple faults on the simulator: how many control ticks (100 ms) from the fault to the alarm condition and to
/// the safe action of docs/controller.md. Channels 0-2 are the tips of probes 1-3, channel 3 a tissue sensor.
/// </summary>
public sealed class ThermocoupleFaultReactionTests(ITestOutputHelper output)
{
    private const int Tip1 = 0;
    private const int Sensor = 3;

    [Fact]
    public void An_open_tip_is_alarmed_in_one_tick_and_its_gas_stops_after_the_designed_one_second_grace()
    {
        var console = FaultTicks.Freezing(5, 0, 1, 2);
        console.Plant.InjectThermocoupleFault(Tip1, SimulatedThermocoupleFault.OpenCircuit);

        int alarm = FaultTicks.Until(console, f => f.Conditions[AlarmCondition.ThermocoupleFault, Tip1], FaultTicks.Target);
        Assert.Equal(1, alarm);
        Assert.True(double.IsNaN(console.LastFrame().ChannelCelsius[Tip1]));

        // Deviation by design: one invalid reading is not enough to stop a freeze; 1 s of them is (10 periods after the first).
        int stopped = alarm + FaultTicks.Until(console, f => f.ProbeModes[0] == ProbeMode.PassiveThaw, 20);
        output.WriteLine($"open tip: alarm after {alarm} tick(s), gas off after {stopped} ticks");
        Assert.Equal(11, stopped);
        Assert.False(console.Valves.IsOpen(ValveId.FreezeOf(0)));
        Assert.Equal("tip thermocouple fault: freezing stopped", console.Core.Probes[0].LastAutomaticChange);
        Assert.Equal(ProbeMode.Freeze, console.Core.Probes[1].Mode);
        Assert.Equal(ProbeMode.Freeze, console.Core.Probes[2].Mode);
    }

    [Fact]
    public void An_open_tissue_sensor_is_alarmed_in_one_tick_and_stops_no_probe()
    {
        var console = FaultTicks.Freezing(5, 0, 1, 2);
        console.Plant.InjectThermocoupleFault(Sensor, SimulatedThermocoupleFault.OpenCircuit);

        int alarm = FaultTicks.Until(console, f => f.Conditions[AlarmCondition.ThermocoupleFault, Sensor], FaultTicks.Target);

        Assert.Equal(1, alarm);
        var frame = console.LastFrame();
        Assert.Equal(SensorFaults.OpenCircuit, frame.ChannelFaults[Sensor]);
        Assert.True(double.IsNaN(frame.ChannelCelsius[Sensor]));
        Assert.All(frame.ProbeModes, mode => Assert.Equal(ProbeMode.Freeze, mode));
    }

    [Fact]
    public void A_shorted_tip_a_minute_into_a_freeze_is_implausible_in_one_tick_and_stopped_as_not_cooling_before_the_grace_ends()
    {
        var console = FaultTicks.Freezing(60, 0, 1);
        double before = console.LastFrame().ChannelCelsius[Tip1];
        console.Plant.InjectThermocoupleFault(Tip1, SimulatedThermocoupleFault.Shorted);

        // A MAX31856 sets no fault bit for a short: only the jump to the connector temperature gives it away.
        int alarm = FaultTicks.Until(console, f => f.Conditions[AlarmCondition.ThermocoupleFault, Tip1], FaultTicks.Target);
        Assert.Equal(1, alarm);
        Assert.Equal(ControlCore.Implausible, console.LastFrame().ChannelFaults[Tip1]);

        // Once the steady short reading is no longer too fast a change (400 C/s from the last valid one) it counts as
        // valid, so the tip-fault grace restarts; the probe has frozen > 30 s with a tip above -20 C: not cooling.
        int stopped = alarm + FaultTicks.Until(console, f => f.ProbeModes[0] != ProbeMode.Freeze, 20);
        double shorted = console.LastFrame().ChannelCelsius[Tip1];
        output.WriteLine($"shorted tip at {before:F1} C reading {shorted:F1} C: implausible after {alarm} tick, gas off (not cooling) after {stopped} ticks");
        Assert.True(stopped <= 10, $"{stopped} ticks: the not-cooling path was slower than the 1 s tip-fault grace");
        Assert.Equal(ProbeMode.Off, console.Core.Probes[0].Mode);
        Assert.True(console.LastFrame().Conditions[AlarmCondition.ProbeNotCooling, 0]);
        Assert.False(console.Valves.IsOpen(ValveId.FreezeOf(0)));
        Assert.Equal(ProbeMode.Freeze, console.Core.Probes[1].Mode);
    }

    [Fact]
    public void A_shorted_tip_early_in_a_freeze_is_stopped_only_when_the_freeze_is_30_s_old()
    {
        var console = FaultTicks.Freezing(5, 0);
        var freezeStarted = console.Core.Probes[0].ModeSince;
        console.Plant.InjectThermocoupleFault(Tip1, SimulatedThermocoupleFault.Shorted);

        // Deviation by design: the short reads a plausible +25 C within half a second, and "not cooling" may only
        // judge a freeze after NotCoolingAfter (30 s). Until then the tip shows the connector temperature.
        int stopped = FaultTicks.Until(console, f => f.ProbeModes[0] != ProbeMode.Freeze, 400);
        var stoppedAt = console.LastFrame().Time;
        output.WriteLine($"shorted tip 5 s into a freeze: gas off after {stopped} ticks, {(stoppedAt - freezeStarted).TotalSeconds:F1} s after the freeze started");
        Assert.Equal(console.Options.NotCoolingAfter, stoppedAt - freezeStarted);
        Assert.Equal(ProbeMode.Off, console.Core.Probes[0].Mode);
        Assert.True(console.LastFrame().Conditions[AlarmCondition.ProbeNotCooling, 0]);
        Assert.False(console.Valves.IsOpen(ValveId.FreezeOf(0)));
    }
}
