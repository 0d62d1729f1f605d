using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Safety;
using CryoWeb.Hardware.Valves;
using CryoWeb.Thermal.Layout;

namespace CryoWeb.Controller.Tests.Control;

/// <summary>
/// Bad commands change nothing: bad input is Invalid naming the field, a command the console's state forbids is
/// Refused with the reason.
/// </summary>
public class InvalidCommandTests
{
    private static (ProbeMode Mode, double Power, ProtocolState Protocol)[] State(ConsoleHarness console) =>
        [.. console.Core.Probes.Select((p, i) => (p.Mode, p.PowerPercent, console.Core.Protocols[i].State))];

    /// <summary>Bad input found in the tick: Invalid, naming the field.</summary>
    public static TheoryData<string, ControllerCommand, string, string> InvalidInput => new()
    {
        { "probe 9", new SetProbeModeCommand(9, ProbeMode.Freeze), "probe", "probe: 9 does not exist; the console has probes 1 to 3." },
        { "probe 0", new SetProbeModeCommand(0, ProbeMode.Freeze), "probe", "probe: 0 does not exist; the console has probes 1 to 3." },
        { "power 5", new SetProbeModeCommand(1, ProbeMode.Freeze, 5), "powerPercent", "powerPercent: freeze power must be 10 to 100 %, not 5." },
        { "power 101", new SetProbeModeCommand(1, ProbeMode.Freeze, 101), "powerPercent", "powerPercent: freeze power must be 10 to 100 %, not 101." },
        { "stick with a power", new SetProbeModeCommand(1, ProbeMode.Stick, 40), "powerPercent", "powerPercent: Stick takes no power (only Freeze has one); leave powerPercent out (it was 40)." },
        { "mode 42", new SetProbeModeCommand(1, (ProbeMode)42), "mode", "mode: '42' is not a probe mode." },
        { "start on probe 9", new StartProtocolCommand(ProtocolPresets.DoubleFreeze, [1, 9]), "probe", "probe: 9 does not exist; the console has probes 1 to 3." },
        { "no protocol", new StartProtocolCommand(null!, []), "protocol", "protocol: missing." },
        { "empty protocol", new StartProtocolCommand(new ProtocolDefinition("x", []), []), "protocol.steps", "protocol.steps: a protocol has 1 to 20 steps." },
        { "bad step", new StartProtocolCommand(new ProtocolDefinition("x", [ProtocolStep.Freeze(10, 150)]), []), "protocol.steps[0].powerPercent", "protocol.steps[0].powerPercent: freeze power must be 10 to 100 %, not 150." },
        { "action 9", new ProtocolActionCommand(1, (ProtocolAction)9), "action", "action: '9' is not a protocol action." },
        { "extend by nothing", new ProtocolActionCommand(1, ProtocolAction.ExtendStep, TimeSpan.Zero), "extendBy", "extendBy: must be more than 0 and at most 30 minutes, not 00:00:00." },
        { "extend by an hour", new ProtocolActionCommand(1, ProtocolAction.ExtendStep, TimeSpan.FromHours(1)), "extendBy", "extendBy: must be more than 0 and at most 30 minutes, not 01:00:00." },
        { "guard missing", new SetSensorGuardsCommand([null!]), "sensors[0]", "sensors[0]: missing." },
        { "guard linked to a missing probe", new SetSensorGuardsCommand([new SensorGuard(3, SensorRole.CriticalStructure, 5, ProtectiveAction.Stop, [0, 3])]), "sensors[0].linkedProbes", "sensors[0].linkedProbes: there is no probe 4; probes are 1 to 3." },
        { "guard on a tip", new SetSensorGuardsCommand([new SensorGuard(0, SensorRole.CriticalStructure, 5, ProtectiveAction.Stop, [])]), "sensors[0].channel", "sensors[0].channel: 0 is not a thermal sensor channel." },
        { "guard twice", new SetSensorGuardsCommand([new SensorGuard(3, SensorRole.Margin, 0, ProtectiveAction.AlarmOnly, []), new SensorGuard(3, SensorRole.Margin, 0, ProtectiveAction.AlarmOnly, [])]), "sensors[1].channel", "sensors[1].channel: channel 3 is listed twice." },
        { "guard role", new SetSensorGuardsCommand([new SensorGuard(3, (SensorRole)9, 5, ProtectiveAction.Stop, [])]), "sensors[0]", "sensors[0]: unknown role or protective action." },
        { "guard limit", new SetSensorGuardsCommand([new SensorGuard(3, SensorRole.CriticalStructure, -120, ProtectiveAction.Stop, [])]), "sensors[0].limitCelsius", "sensors[0].limitCelsius: a critical-structure limit must be -40 to 40 C, not -120." },
    };

    /// <summary>Good input the console's state forbids: Refused, with the reason and no field.</summary>
    public static TheoryData<string, ControllerCommand, string> RefusedByState => new()
    {
        { "pause nothing", new ProtocolActionCommand(2, ProtocolAction.Pause), "Probe 2: no running protocol to pause." },
        { "pause with no protocol anywhere", new ProtocolActionCommand(0, ProtocolAction.Pause), "probe: no probe runs a protocol to pause." },
        { "extend nothing", new ProtocolActionCommand(1, ProtocolAction.ExtendStep, TimeSpan.FromMinutes(1)), "Probe 1: no protocol step to extend." },
        { "reset without stop", new ResetEmergencyStopCommand(), "emergencyStop: none is latched, so there is nothing to reset." },
    };

    [Theory]
    [MemberData(nameof(InvalidInput))]
    public void Bad_input_is_invalid_naming_the_field_and_changes_nothing(string what, ControllerCommand command, string field, string reason)
    {
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(1));
        var before = State(console);

        var outcome = console.Send(command);

        Assert.Equal((CommandOutcomeKind.Invalid, field, reason), (outcome.Kind, outcome.Field, outcome.Reason));
        Assert.False(outcome.Accepted, what);
        Assert.Equal(before, State(console));
        Assert.False(console.Valves.IsOpen(ValveId.ArgonSupply));
    }

    [Theory]
    [MemberData(nameof(RefusedByState))]
    public void A_command_the_state_forbids_is_refused_with_the_reason_and_changes_nothing(string what, ControllerCommand command, string reason)
    {
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(1));
        var before = State(console);

        var outcome = console.Send(command);

        Assert.Equal((CommandOutcomeKind.Refused, null, reason), (outcome.Kind, outcome.Field, outcome.Reason));
        Assert.False(outcome.Accepted, what);
        Assert.Equal(before, State(console));
        Assert.False(console.Valves.IsOpen(ValveId.ArgonSupply));
    }

    [Fact]
    public void Active_thaw_without_thaw_gas_is_refused()
    {
        var console = new ConsoleHarness(ConsoleHarness.ThreeProbes() with { ThawTank = new GasTank { InitialPsi = 0 } });
        console.RunFor(TimeSpan.FromSeconds(1));

        var outcome = console.Send(new SetProbeModeCommand(1, ProbeMode.ActiveThaw));

        Assert.Equal("Probe 1: no thaw gas (supply 0 psi, needs 500 psi); use passive thaw.", outcome.Reason);
        Assert.Equal(ProbeMode.Off, console.Core.Probes[0].Mode);
    }

    [Fact]
    public void Starting_a_protocol_on_several_probes_is_all_or_nothing()
    {
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(1));
        Assert.True(console.Send(new StartProtocolCommand(ProtocolPresets.SingleFreeze15, [3])).Accepted);

        var outcome = console.Send(new StartProtocolCommand(ProtocolPresets.DoubleFreeze, [1, 2, 3]));

        Assert.Equal("Probe 3: a protocol is already running; abort it first.", outcome.Reason);
        Assert.Equal(ProtocolState.None, console.Core.Protocols[0].State);
        Assert.Equal(ProtocolState.None, console.Core.Protocols[1].State);
        Assert.Equal(ProbeMode.Off, console.Core.Probes[0].Mode);
    }

    [Fact]
    public void Manual_modes_are_refused_while_a_protocol_drives_the_probe()
    {
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(1));
        Assert.True(console.Send(new StartProtocolCommand(ProtocolPresets.DoubleFreeze, [1])).Accepted);

        var outcome = console.Send(new SetProbeModeCommand(1, ProbeMode.Stick));

        Assert.Equal("Probe 1: a protocol is running on it; pause or abort the protocol first.", outcome.Reason);
        Assert.Equal(ProbeMode.Freeze, console.Core.Probes[0].Mode);
    }

    [Fact]
    public void Passive_thaw_during_a_protocol_stops_the_protocol_and_thaws_instead_of_being_refused()
    {
        // Stopping gas is always allowed: a clinician pressing "Passive thaw" on a probe frozen by a protocol must get it.
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(1));
        Assert.True(console.Send(new StartProtocolCommand(ProtocolPresets.DoubleFreeze, [1])).Accepted);
        console.RunFor(TimeSpan.FromSeconds(5));

        var outcome = console.Send(new SetProbeModeCommand(1, ProbeMode.PassiveThaw));

        Assert.True(outcome.Accepted, outcome.Reason);
        Assert.Equal(ProtocolState.Aborted, console.Core.Protocols[0].State);
        Assert.Equal(ProbeMode.PassiveThaw, console.Core.Probes[0].Mode);
        console.Tick();
        Assert.False(console.LastFrame().FreezeValveOpen[0]);
    }

    [Fact]
    public async Task A_full_command_queue_refuses_at_once_without_touching_the_loop()
    {
        var console = new ConsoleHarness();
        var pending = Enumerable.Range(0, ControlCore.CommandQueueCapacity).Select(_ => console.Core.Submit(new ProtocolActionCommand(1, ProtocolAction.Pause))).ToList();

        var overflow = console.Core.Submit(new SetProbeModeCommand(1, ProbeMode.Freeze));

        Assert.True(overflow.IsCompleted);
        Assert.Equal("The controller is busy (command queue full); try again.", (await overflow).Reason);
        console.Tick();
        Assert.All(pending, task => Assert.True(task.IsCompleted));
    }
}
