using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Tests.Control;
using CryoWeb.Hardware.Valves;

namespace CryoWeb.Controller.Tests.Commands;

/// <summary>
/// Issue 13: the command layer applies the same name and power rules as the API, whatever the transport (REST, the
/// Blazor circuit, the hub), so nothing reaches the controller or its record that the edge would have refused.
/// </summary>
public class CommandInputLimitTests
{
    private static (ProbeMode Mode, double Power, ProtocolState Protocol)[] State(ConsoleHarness console) =>
        [.. console.Core.Probes.Select((p, i) => (p.Mode, p.PowerPercent, console.Core.Protocols[i].State))];

    public static TheoryData<string, ControllerCommand, string> Refusals => new()
    {
        { "20 MB protocol name", new StartProtocolCommand(new ProtocolDefinition(new string('x', 20 * 1024 * 1024), [ProtocolStep.Freeze(10)]), [1]), "protocol.name: Protocol name: at most 60 characters (this one has 20 971 520)." },
        { "reversing protocol name", new StartProtocolCommand(new ProtocolDefinition("Quick\u202E", [ProtocolStep.Freeze(10)]), [1]), "protocol.name: Protocol name: character 6 is an invisible text-direction mark, which can make the text beside it read backwards (U+202E); remove it." },
        { "stick at -50 %", new SetProbeModeCommand(1, ProbeMode.Stick, -50), "powerPercent: Stick takes no power (only Freeze has one); leave powerPercent out (it was -50)." },
        { "passive thaw at 50 %", new SetProbeModeCommand(1, ProbeMode.PassiveThaw, 50), "powerPercent: PassiveThaw takes no power (only Freeze has one); leave powerPercent out (it was 50)." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_command_with_a_bad_name_or_power_is_refused_by_name_and_changes_nothing(string what, ControllerCommand command, string reason)
    {
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(1));
        var before = State(console);

        var outcome = console.Send(command);

        Assert.False(outcome.Accepted, what);
        Assert.Equal(reason, outcome.Reason);
        Assert.Equal(before, State(console));
        Assert.False(console.Valves.IsOpen(ValveId.ArgonSupply));
    }

    [Fact]
    public void Stopping_a_probe_is_never_refused_for_a_stray_power()
    {
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(1));
        Assert.True(console.Send(new SetProbeModeCommand(1, ProbeMode.Freeze, 80)).Accepted);

        var outcome = console.Send(new SetProbeModeCommand(1, ProbeMode.Off, -50));

        Assert.True(outcome.Accepted, outcome.Reason);
        Assert.Equal(ProbeMode.Off, console.Core.Probes[0].Mode);
    }
}
