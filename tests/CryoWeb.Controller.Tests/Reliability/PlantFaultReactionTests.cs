using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Sensors;
using CryoWeb.Hardware.Pressure;
using CryoWeb.Hardware.Valves;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Tests.Reliability;

/// <summary>
/// Valve, gas supply and sensor bus faults on the simulator: alarm condition and safe action within two control ticks
/// of the fault becoming visible to the controller (docs/controller.md, interlocks and alarm conditions).
/// </summary>
public sealed class PlantFaultReactionTests
{
    [Fact]
    public void A_sensor_bus_failure_stops_every_freeze_and_closes_the_argon_supply_in_one_tick()
    {
        var console = FaultTicks.Freezing(5, 0, 1, 2);
        console.Plant.InjectSpiBusFailure();

        int reacted = FaultTicks.Until(console, f => f.Conditions[AlarmCondition.SensorBusFailure, -1], FaultTicks.Target);

        Assert.Equal(1, reacted);
        var frame = console.LastFrame();
        Assert.All(frame.ProbeModes, mode => Assert.Equal(ProbeMode.PassiveThaw, mode));
        Assert.All(frame.FreezeValveOpen, Assert.False);
        Assert.All(frame.ChannelFaults, fault => Assert.Equal(SensorFaults.BusFailure, fault));
        Assert.False(console.Plant.IsPhysicallyOpen(ValveId.ArgonSupply));
    }

    [Fact]
    public void Losing_argon_is_alarmed_in_one_tick_and_the_next_tick_refuses_a_new_freeze()
    {
        var console = FaultTicks.Freezing(5, 0);
        console.Plant.InjectPressureLoss(GasSupply.Argon);

        int alarm = FaultTicks.Until(console, f => f.Conditions[AlarmCondition.LowSupplyPressure, 0], FaultTicks.Target);
        var refused = console.Send(new SetProbeModeCommand(2, ProbeMode.Freeze, 100));

        Assert.Equal(1, alarm);
        Assert.False(refused.Accepted);
        Assert.Equal("Probe 2: argon supply is 0 psi, below the 1500 psi needed to freeze.", refused.Reason);
        Assert.Equal(ProbeMode.Off, console.Core.Probes[1].Mode);
        Assert.False(console.Valves.IsOpen(ValveId.FreezeOf(1)));
    }

    [Fact]
    public void A_freeze_valve_stuck_open_gets_no_argon_once_its_probe_is_stopped_because_the_supply_closes_in_the_same_tick()
    {
        var console = FaultTicks.Freezing(5, 0);
        console.Plant.InjectStuckValve(ValveId.FreezeOf(0), stuckOpen: true);

        // The console has no valve position feedback: the fault shows only when the probe is stopped and its valve
        // does not close. The supply valve upstream is the safe action, and it closes in the tick of the stop.
        var stopped = console.Send(new SetProbeModeCommand(1, ProbeMode.Off));

        Assert.True(stopped.Accepted, stopped.Reason);
        Assert.True(console.Plant.IsPhysicallyOpen(ValveId.FreezeOf(0)), "the injected fault holds the valve open");
        Assert.False(console.Plant.IsPhysicallyOpen(ValveId.ArgonSupply));
        Assert.False(console.LastFrame().FreezeValveOpen[0]);
    }
}
