using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Hardware.Valves;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Tests.Control;

public class EmergencyStopTests
{
    [Fact]
    public void Emergency_stop_closes_every_gas_valve_and_opens_the_vent_within_the_call()
    {
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(2));
        Assert.True(console.Send(new StartProtocolCommand(ProtocolPresets.DoubleFreeze, [])).Accepted);
        console.RunFor(TimeSpan.FromSeconds(10));
        Assert.True(console.Valves.IsOpen(ValveId.FreezeOf(0)) && console.Valves.IsOpen(ValveId.ArgonSupply));

        console.Core.EmergencyStop();

        // No tick has run: the call itself closed the valves.
        for (int p = 0; p < 3; p++)
        {
            Assert.False(console.Valves.IsOpen(ValveId.FreezeOf(p)));
            Assert.False(console.Valves.IsOpen(ValveId.ThawOf(p)));
        }

        Assert.False(console.Valves.IsOpen(ValveId.ArgonSupply));
        Assert.False(console.Valves.IsOpen(ValveId.ThawSupply));
        Assert.True(console.Valves.IsOpen(ValveId.Vent));
        Assert.Equal(console.Time.GetUtcNow(), console.Valves.LastChange(ValveId.FreezeOf(0)));
    }

    [Fact]
    public void Emergency_stop_latches_until_reset_and_refuses_gas_meanwhile()
    {
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(2));
        Assert.True(console.Send(new SetProbeModeCommand(1, ProbeMode.Freeze, 100)).Accepted);
        console.Core.EmergencyStop();
        console.RunFor(TimeSpan.FromSeconds(5));

        var frame = console.LastFrame();
        Assert.True(frame.EmergencyStopLatched);
        Assert.True(frame.Conditions[AlarmCondition.EmergencyStop, -1]);
        Assert.All(frame.ProbeModes, mode => Assert.Equal(ProbeMode.Off, mode));
        Assert.True(console.Valves.IsOpen(ValveId.Vent));

        var refused = console.Send(new SetProbeModeCommand(1, ProbeMode.Freeze, 100));
        Assert.False(refused.Accepted);
        Assert.Equal("Probe 1: emergency stop is active; reset it before using gas.", refused.Reason);
        Assert.False(console.Valves.IsOpen(ValveId.FreezeOf(0)));

        Assert.True(console.Send(new ResetEmergencyStopCommand()).Accepted);
        console.Tick();
        Assert.False(console.Valves.IsOpen(ValveId.Vent));
        Assert.Equal(ProbeMode.Off, console.Core.Probes[0].Mode);
        Assert.True(console.Send(new SetProbeModeCommand(1, ProbeMode.Freeze, 100)).Accepted);
        Assert.True(console.Valves.IsOpen(ValveId.FreezeOf(0)));
    }

    [Fact]
    public void Emergency_stop_aborts_running_protocols_with_the_reason()
    {
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(2));
        Assert.True(console.Send(new StartProtocolCommand(ProtocolPresets.SingleFreeze15, [2])).Accepted);
        console.Core.EmergencyStop();
        console.Tick();

        Assert.Equal(ProtocolState.Aborted, console.Core.Protocols[1].State);
        Assert.Equal("emergency stop", console.Core.Protocols[1].Problem);
    }
}
