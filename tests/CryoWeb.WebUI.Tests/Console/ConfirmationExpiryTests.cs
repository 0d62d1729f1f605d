using Bunit;
using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.WebUI.Components.Console;
using CryoWeb.WebUI.Live;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.WebUI.Tests.Console;

/// <summary>An open confirmation holds only for the situation it was asked in; when withdrawn, the tile says why.</summary>
public sealed class ConfirmationExpiryTests
{
    private static LiveStatus Running(Guid procedure) => new(
        Sequence: 42, Time: DateTimeOffset.UnixEpoch, ControllerLinkOk: true, EmergencyStopLatched: false,
        Probes: [Idle(1), Idle(2)], Sensors: [],
        Argon: new SupplyStatus(2950, null, 42.4), Thaw: new SupplyStatus(880, null, null),
        ProcedureId: procedure, ProcedureLabel: "Case 1", ProcedureStartedAt: DateTimeOffset.UnixEpoch);

    private static ProbeStatus Idle(int number) =>
        new(number, ProbeMode.Off, 0, number - 1, 36.5, null, true, false, false, ProtocolState.None, null, -1, 0, null, 0);

    private static IRenderedComponent<ConsoleBoard> Render(BunitContext context, ConsoleRig rig, LiveStatus status) =>
        context.Render<ConsoleBoard>(p => p
            .Add(b => b.Status, status)
            .Add(b => b.Alarms, rig.Alarms.Snapshot())
            .Add(b => b.Caller, ConsoleRig.Operator)
            .Add(b => b.Presets, ProtocolPresets.All)
            .Add(b => b.Now, rig.Time.GetUtcNow()));

    private static void Refresh(IRenderedComponent<ConsoleBoard> board, ConsoleRig rig, LiveStatus status) =>
        board.Render(p => p.Add(b => b.Status, status).Add(b => b.Alarms, rig.Alarms.Snapshot()).Add(b => b.Now, rig.Time.GetUtcNow()));

    [Fact]
    public async Task A_freeze_question_open_during_an_emergency_stop_and_its_reset_is_withdrawn_and_no_gas_flows()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var status = Running(await rig.StartProcedureAsync());
        var board = Render(context, rig, status);
        board.Find("[data-testid=probe-1-freeze]").Click();
        Assert.Single(board.FindAll("[data-testid=confirm-yes]"));

        // Pressed on another tablet and reset there, all between two renders of this page: the latch is gone by now,
        // only the emergency stop alarm (latching, raised by the tick) tells.
        Assert.True(rig.Commands.EmergencyStop(ConsoleRig.Supervisor with { Role = ConsoleRole.Admin }).Accepted);
        rig.Tick(2);
        rig.Alarms.Update(AlarmKey.Console(AlarmCondition.EmergencyStop), true);
        var reset = rig.Commands.ResetEmergencyStop(ConsoleRig.Operator);
        await rig.TickUntil(() => reset.IsCompleted);
        Assert.True((await reset).Accepted);
        rig.Alarms.Update(AlarmKey.Console(AlarmCondition.EmergencyStop), false);
        Refresh(board, rig, status);

        var yes = board.FindAll("[data-testid=confirm-yes]");
        if (yes.Count > 0)
        {
            yes[0].Click();
            await rig.TickUntil(() => rig.Audit.Entries.Any(e => e.Command == "SetProbeMode"));
            rig.Tick(3);
        }

        Assert.Equal(ProbeMode.Off, rig.Core.Probes[0].Mode);
        Assert.Empty(yes);
        Assert.Equal("Emergency stop pressed: the question was withdrawn; ask again.", board.Find("[data-testid=probe-1-message]").TextContent);
    }

    [Fact]
    public async Task A_question_open_while_the_emergency_stop_is_latched_is_withdrawn_at_the_next_render()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var status = Running(await rig.StartProcedureAsync());
        var board = Render(context, rig, status);
        board.Find("[data-testid=probe-2-stick]").Click();

        Refresh(board, rig, status with { EmergencyStopLatched = true });

        Assert.Empty(board.FindAll("[data-testid=confirm-yes]"));
        Assert.Contains("Emergency stop pressed", board.Find("[data-testid=probe-2-message]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_medium_or_high_alarm_withdraws_the_question_naming_it_but_one_raised_before_does_not()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var status = Running(await rig.StartProcedureAsync());
        rig.Alarms.Update(new AlarmKey(AlarmCondition.LowSupplyPressure, 0), true, "argon 1200 psi"); // before the question
        var board = Render(context, rig, status);
        board.Find("[data-testid=probe-1-freeze]").Click();

        rig.Alarms.Update(new AlarmKey(AlarmCondition.ThermocoupleFault, 4), true, "TS2: open");
        Refresh(board, rig, status);
        var after = rig.Alarms.Snapshot().Alarms.First(a => a.Key.Condition == AlarmCondition.ThermocoupleFault);

        Assert.True(after.Priority >= AlarmPriority.Medium);
        Assert.Empty(board.FindAll("[data-testid=confirm-yes]"));
        Assert.Equal($"New alarm ({after.Title}): the question was withdrawn; ask again.", board.Find("[data-testid=probe-1-message]").TextContent);
    }

    [Fact]
    public async Task An_unanswered_question_is_withdrawn_after_30_s_without_any_render_from_the_page()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var status = Running(await rig.StartProcedureAsync());
        var board = Render(context, rig, status);
        board.Find("[data-testid=probe-1-freeze]").Click();

        rig.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.Single(board.FindAll("[data-testid=confirm-yes]"));
        rig.Time.Advance(TimeSpan.FromSeconds(1));

        board.WaitForAssertion(() => Assert.Empty(board.FindAll("[data-testid=confirm-yes]")));
        Assert.Equal("No answer within 30 s: the question was withdrawn; ask again.", board.Find("[data-testid=probe-1-message]").TextContent);
        rig.Tick(3);
        Assert.Equal(ProbeMode.Off, rig.Core.Probes[0].Mode);
    }

    [Fact]
    public async Task The_emergency_stop_reset_question_is_withdrawn_too_when_the_latch_clears_elsewhere()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var control = context.Render<EmergencyStopControl>(p => p.Add(c => c.Caller, ConsoleRig.Operator).Add(c => c.Latched, true));
        control.Find("[data-testid=estop-reset]").Click();
        Assert.Single(control.FindAll("[data-testid=confirm-yes]"));

        control.Render(p => p.Add(c => c.Latched, false));

        Assert.Empty(control.FindAll("[data-testid=confirm-yes]"));
    }
}
