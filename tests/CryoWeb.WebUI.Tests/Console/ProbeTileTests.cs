using Bunit;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.WebUI.Components.Console;
using CryoWeb.WebUI.Live;

namespace CryoWeb.WebUI.Tests.Console;

public sealed class ProbeTileTests
{
    private static readonly string[] ControlIds = ["freeze", "stick", "passive-thaw", "active-thaw", "stop", "power", "start-protocol"];

    private static ProbeStatus Freezing(double tipCelsius = -123.4, string? fault = null) => new(
        Number: 1, Mode: ProbeMode.Freeze, PowerPercent: 80, TipChannel: 0, TipCelsius: tipCelsius, TipFault: fault, InUse: true,
        FreezeValveOpen: true, ThawValveOpen: false, ProtocolState: ProtocolState.Running, ProtocolName: "Double freeze 10-8-10",
        StepIndex: 1, StepCount: 5, StepDescription: "Passive thaw 8:00", StepRemainingSeconds: 421.3);

    private static IRenderedComponent<ProbeTile> Render(BunitContext context, ProbeStatus probe, Caller caller) =>
        context.Render<ProbeTile>(p => p.Add(t => t.Probe, probe).Add(t => t.Caller, caller).Add(t => t.Presets, ProtocolPresets.All));

    [Fact]
    public async Task Shows_mode_power_protocol_step_and_countdown_of_the_probe()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);

        var tile = Render(context, Freezing(), ConsoleRig.Operator);

        Assert.Equal("Freeze 80 %", tile.Find("[data-testid=probe-1-mode]").TextContent);
        Assert.Equal("80 %", tile.Find("[data-testid=probe-1-power-now]").TextContent);
        Assert.Equal("-123.4 °C", tile.Find("[data-testid=probe-1-tip]").TextContent);
        Assert.Contains("Double freeze 10-8-10", tile.Find("[data-testid=probe-1-protocol]").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("2 of 5", tile.Find("[data-testid=probe-1-step]").TextContent, StringComparison.Ordinal);
        Assert.Equal("7:02", tile.Find("[data-testid=probe-1-countdown]").TextContent);
        Assert.Equal("commanded: freeze pulsed at 80 %, thaw closed", tile.Find("[data-testid=probe-1-valves]").TextContent);
        Assert.EndsWith("(running)", tile.Find("[data-testid=probe-1-protocol]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_faulty_tip_shows_its_fault_text_never_a_number()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);

        var tile = Render(context, Freezing(double.NaN, "open thermocouple"), ConsoleRig.Operator);

        var tip = tile.Find("[data-testid=probe-1-tip]");
        Assert.Equal("open thermocouple", tip.TextContent);
        Assert.DoesNotContain("°C", tip.TextContent, StringComparison.Ordinal);
        Assert.Contains("band-Faulted", tip.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supervisor_gets_no_controls_and_an_operator_gets_them_all()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var idle = Freezing() with { Mode = ProbeMode.Off, ProtocolState = ProtocolState.None };

        var watched = Render(context, idle, ConsoleRig.Supervisor);
        var operated = Render(context, idle, ConsoleRig.Operator);

        foreach (string id in ControlIds)
        {
            Assert.Empty(watched.FindAll($"[data-testid=probe-1-{id}]"));
            Assert.Single(operated.FindAll($"[data-testid=probe-1-{id}]"));
        }
    }

    [Fact]
    public async Task Freeze_waits_for_confirmation_and_then_reaches_the_controller_at_the_chosen_power()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        await rig.StartProcedureAsync();
        var tile = Render(context, Freezing() with { Mode = ProbeMode.Off, ProtocolState = ProtocolState.None }, ConsoleRig.Operator);

        tile.Find("[data-testid=probe-1-power]").Change("60");
        tile.Find("[data-testid=probe-1-freeze]").Click();
        Assert.Contains("60 %", tile.Find("[data-testid=confirm-question]").TextContent, StringComparison.Ordinal);
        tile.Find("[data-testid=confirm-no]").Click();
        rig.Tick(3);
        Assert.Equal(ProbeMode.Off, rig.Core.Probes[0].Mode);
        Assert.Empty(tile.FindAll("[data-testid=confirm-yes]"));

        tile.Find("[data-testid=probe-1-freeze]").Click();
        tile.Find("[data-testid=confirm-yes]").Click();
        await rig.TickUntil(() => rig.Core.Probes[0].Mode == ProbeMode.Freeze);

        Assert.Equal(ProbeMode.Freeze, rig.Core.Probes[0].Mode);
        Assert.Equal(60, rig.Core.Probes[0].PowerPercent);
        await rig.TickUntil(() => rig.Audit.Entries.Any(e => e.Command == "SetProbeMode"));
        var entry = Assert.Single(rig.Audit.Entries, e => e.Command == "SetProbeMode");
        Assert.Equal(("anna", true), (entry.User, entry.Accepted));
    }

    [Fact]
    public async Task A_refused_command_shows_the_controllers_reason()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var tile = Render(context, Freezing() with { Mode = ProbeMode.Off, ProtocolState = ProtocolState.None }, ConsoleRig.Operator);

        // No procedure runs: the tile alone (no console status) asks, the command layer refuses.
        tile.Find("[data-testid=probe-1-freeze]").Click();
        tile.Find("[data-testid=confirm-yes]").Click();
        rig.Tick(); // the answer

        tile.WaitForAssertion(() => Assert.Equal("Start a procedure first: gas is used only inside a recorded procedure.", tile.Find("[data-testid=probe-1-message]").TextContent));
        Assert.Equal(ProbeMode.Off, rig.Core.Probes[0].Mode);
    }
}
