using CryoWeb.Controller.Outcomes;
using Bunit;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.WebUI.Components.Console;
using CryoWeb.WebUI.Live;

namespace CryoWeb.WebUI.Tests.Console;

/// <summary>
/// Every gas-starting action waits for "Yes", and a question holds only for the situation it was asked in: a "Yes"
/// must never act on a step, state or mode the Operator was not asked about.
/// </summary>
public sealed class ProbeTileConfirmationTests
{
    private static ProbeStatus Status(ProbeMode mode, ProtocolState state, int stepIndex) => new(
        Number: 1, Mode: mode, PowerPercent: 100, TipChannel: 0, TipCelsius: -80, TipFault: null, InUse: true,
        FreezeValveOpen: mode == ProbeMode.Freeze, ThawValveOpen: false, ProtocolState: state,
        ProtocolName: state == ProtocolState.None ? null : ProtocolPresets.DoubleFreeze.Name,
        StepIndex: stepIndex, StepCount: ProtocolPresets.DoubleFreeze.Steps.Count, StepDescription: "Freeze 10:00", StepRemainingSeconds: 300);

    private static IRenderedComponent<ProbeTile> Render(BunitContext context, ProbeStatus probe) =>
        context.Render<ProbeTile>(p => p.Add(t => t.Probe, probe).Add(t => t.Caller, ConsoleRig.Operator).Add(t => t.Presets, ProtocolPresets.All));

    private static async Task Run(ConsoleRig rig, Task<CommandOutcome> command)
    {
        await rig.TickUntil(() => command.IsCompleted);
        Assert.True((await command).Accepted, (await command).Reason);
    }

    private static int ProtocolActions(ConsoleRig rig) => rig.Audit.Entries.Count(e => e.Command == "ProtocolAction");

    [Fact]
    public async Task A_skip_asked_for_one_step_is_dropped_when_the_protocol_moves_on_while_the_dialog_is_open()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        await rig.StartProcedureAsync();
        await Run(rig, rig.Commands.StartProtocol(ConsoleRig.Operator, ProtocolPresets.DoubleFreeze, [1]));
        var running = Status(ProbeMode.Freeze, ProtocolState.Running, 0);
        var tile = Render(context, running);
        tile.Find("[data-testid=probe-1-skip]").Click();

        // The 4 Hz refresh with only the countdown changed keeps the question.
        tile.Render(p => p.Add(t => t.Probe, running with { StepRemainingSeconds = 299.75 }));
        Assert.Single(tile.FindAll("[data-testid=confirm-yes]"));

        // The step ends by itself (here: skipped elsewhere) while the dialog is open.
        await Run(rig, rig.Commands.ProtocolAction(ConsoleRig.Operator, 1, ProtocolAction.SkipStep));
        int actionsBefore = ProtocolActions(rig);
        tile.Render(p => p.Add(t => t.Probe, running with { StepIndex = 1, Mode = ProbeMode.PassiveThaw }));

        Assert.Empty(tile.FindAll("[data-testid=confirm-yes]"));
        Assert.Contains("ask again", tile.Find("[data-testid=probe-1-message]").TextContent, StringComparison.Ordinal);
        rig.Tick(5);
        Assert.Equal(1, rig.Core.Protocols[0].StepIndex);
        Assert.Equal(actionsBefore, ProtocolActions(rig));
    }

    [Fact]
    public async Task Stick_waits_for_confirmation_and_then_reaches_the_controller()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        await rig.StartProcedureAsync();
        var tile = Render(context, Status(ProbeMode.Off, ProtocolState.None, -1));

        tile.Find("[data-testid=probe-1-stick]").Click();
        Assert.Contains("stick", tile.Find("[data-testid=confirm-question]").TextContent, StringComparison.OrdinalIgnoreCase);
        rig.Tick(3);
        Assert.Equal(ProbeMode.Off, rig.Core.Probes[0].Mode);
        tile.Find("[data-testid=confirm-no]").Click();
        rig.Tick(3);
        Assert.Equal(ProbeMode.Off, rig.Core.Probes[0].Mode);
        Assert.DoesNotContain(rig.Audit.Entries, e => e.Command == "SetProbeMode");

        tile.Find("[data-testid=probe-1-stick]").Click();
        tile.Find("[data-testid=confirm-yes]").Click();

        await rig.TickUntil(() => rig.Core.Probes[0].Mode == ProbeMode.Stick);
    }

    [Fact]
    public async Task Resume_of_a_paused_protocol_waits_for_confirmation_and_then_reaches_the_controller()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        await rig.StartProcedureAsync();
        await Run(rig, rig.Commands.StartProtocol(ConsoleRig.Operator, ProtocolPresets.DoubleFreeze, [1]));
        await Run(rig, rig.Commands.ProtocolAction(ConsoleRig.Operator, 1, ProtocolAction.Pause));
        int actionsBefore = ProtocolActions(rig);
        var tile = Render(context, Status(ProbeMode.Off, ProtocolState.Paused, 0));

        tile.Find("[data-testid=probe-1-resume]").Click();
        Assert.Contains("Resume", tile.Find("[data-testid=confirm-question]").TextContent, StringComparison.Ordinal);
        tile.Find("[data-testid=confirm-no]").Click();
        rig.Tick(3);
        Assert.Equal(ProtocolState.Paused, rig.Core.Protocols[0].State);
        Assert.Equal(actionsBefore, ProtocolActions(rig));

        tile.Find("[data-testid=probe-1-resume]").Click();
        tile.Find("[data-testid=confirm-yes]").Click();

        await rig.TickUntil(() => rig.Core.Protocols[0].State == ProtocolState.Running);
    }

    [Fact]
    public async Task Extending_a_step_waits_for_confirmation_and_then_adds_the_minute()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        await rig.StartProcedureAsync();
        await Run(rig, rig.Commands.StartProtocol(ConsoleRig.Operator, ProtocolPresets.DoubleFreeze, [1]));
        int actionsBefore = ProtocolActions(rig);
        var tile = Render(context, Status(ProbeMode.Freeze, ProtocolState.Running, 0));

        tile.Find("[data-testid=probe-1-extend]").Click();
        Assert.Contains("Extend", tile.Find("[data-testid=confirm-question]").TextContent, StringComparison.Ordinal);
        tile.Find("[data-testid=confirm-no]").Click();
        rig.Tick(3);
        Assert.Equal(TimeSpan.Zero, rig.Core.Protocols[0].Extension);
        Assert.Equal(actionsBefore, ProtocolActions(rig));

        tile.Find("[data-testid=probe-1-extend]").Click();
        tile.Find("[data-testid=confirm-yes]").Click();

        await rig.TickUntil(() => rig.Core.Protocols[0].Extension == TimeSpan.FromMinutes(1));
    }
}
