using Bunit;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Safety;
using CryoWeb.WebUI.Components.Console;
using CryoWeb.WebUI.Live;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.WebUI.Tests.Console;

public sealed class ConsoleBoardTests
{
    private static readonly DateTimeOffset Started = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    private static LiveStatus Running(bool linkOk = true) => new(
        Sequence: 42, Time: Started.AddMinutes(12), ControllerLinkOk: linkOk, EmergencyStopLatched: false,
        Probes: [Probe(1), Probe(2)],
        Sensors: [new SensorStatus(2, "TS1 margin", -22, null, SensorRole.Margin, null, null, TemperatureBand.BelowMinus20)],
        Argon: new SupplyStatus(2950, null, 42.4), Thaw: new SupplyStatus(880, null, null),
        ProcedureId: Guid.NewGuid(), ProcedureLabel: "Case 17", ProcedureStartedAt: Started);

    private static ProbeStatus Probe(int number) =>
        new(number, ProbeMode.Off, 0, number - 1, 36.5, null, true, false, false, ProtocolState.None, null, -1, 0, null, 0);

    private static IRenderedComponent<ConsoleBoard> Render(BunitContext context, ConsoleRig rig, Caller caller, LiveStatus status) =>
        context.Render<ConsoleBoard>(p => p
            .Add(b => b.Status, status)
            .Add(b => b.Alarms, rig.Alarms.Snapshot())
            .Add(b => b.Caller, caller)
            .Add(b => b.Presets, ProtocolPresets.All)
            .Add(b => b.Now, Started.AddMinutes(12).AddSeconds(5)));

    [Fact]
    public async Task A_supervisor_sees_tiles_alarms_and_chart_with_a_read_only_badge_and_no_controls()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Supervisor);
        rig.Alarms.Update(AlarmKey.Console(AlarmCondition.EmergencyStop), true);

        var board = Render(context, rig, ConsoleRig.Supervisor, Running());

        Assert.Equal("Supervising — read only", board.Find("[data-testid=readonly-badge]").TextContent);
        Assert.Equal(2, board.FindAll("[data-testid^=probe-tile-]").Count);
        Assert.Single(board.FindAll("[data-testid=sensor-tile-2]"));
        Assert.Single(board.FindAll("[data-testid=live-chart]"));
        Assert.Single(board.FindAll("[data-testid=alarm-bar] li.alarm"));
        Assert.Empty(board.FindAll("button:not([data-testid=enable-sound])"));
        Assert.Empty(board.FindAll("input, select"));
    }

    [Fact]
    public async Task An_operator_gets_probe_controls_alarm_responses_and_finish_without_the_badge()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        rig.Alarms.Update(AlarmKey.Console(AlarmCondition.EmergencyStop), true);

        var board = Render(context, rig, ConsoleRig.Operator, Running());

        Assert.Empty(board.FindAll("[data-testid=readonly-badge]"));
        Assert.Single(board.FindAll("[data-testid=probe-1-freeze]"));
        Assert.Single(board.FindAll("[data-testid=probe-2-active-thaw]"));
        Assert.Single(board.FindAll("[data-testid=audio-pause]"));
        Assert.Single(board.FindAll("[data-testid^=alarm-ack-]"));
        Assert.Single(board.FindAll("[data-testid=finish-procedure]"));
    }

    [Fact]
    public async Task Shows_the_procedure_clock_and_supplies_with_minutes_left()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);

        var board = Render(context, rig, ConsoleRig.Operator, Running());

        Assert.Equal("0:12:05", board.Find("[data-testid=procedure-clock]").TextContent);
        Assert.Equal("Case 17", board.Find("[data-testid=procedure-label]").TextContent);
        Assert.Equal("2950 psi", board.Find("[data-testid=supply-argon-psi]").TextContent);
        Assert.Equal("about 42 min left", board.Find("[data-testid=supply-argon-left]").TextContent);
        Assert.Equal("880 psi", board.Find("[data-testid=supply-thaw-psi]").TextContent);
    }

    [Fact]
    public async Task A_lost_controller_link_shows_the_full_width_banner_only_then()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Supervisor);

        var linked = Render(context, rig, ConsoleRig.Supervisor, Running());
        var lost = Render(context, rig, ConsoleRig.Supervisor, Running(linkOk: false));

        Assert.Empty(linked.FindAll("[data-testid=link-lost]"));
        Assert.Contains("not live", lost.Find("[data-testid=link-lost]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_silent_controller_is_told_with_the_age_of_its_last_frame_apart_from_the_browsers_network_banner()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);

        // Now is 5 s after the newest frame (see Render).
        var lost = Render(context, rig, ConsoleRig.Operator, Running(linkOk: false));
        var never = Render(context, rig, ConsoleRig.Operator, Running(linkOk: false) with { Sequence = 0 });
        var linked = Render(context, rig, ConsoleRig.Operator, Running());

        Assert.StartsWith("The controller has stopped sending data (last 5 s ago). Its own safety limits still apply", lost.Find("[data-testid=link-lost]").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("The controller has sent no data yet.", never.Find("[data-testid=link-lost]").TextContent, StringComparison.Ordinal);
        // The network banner is the browser's (telemetry-watch.js): rendered empty, always, so the circuit never
        // touches what the script writes into it.
        Assert.All([lost, linked], b => Assert.Equal("", b.Find("[data-testid=connection-lost]").TextContent));
        Assert.Equal("Europe/Paris", linked.Find("[data-testid=live-chart]").GetAttribute("data-time-zone"));
    }

    [Fact]
    public async Task Finish_needs_confirmation_and_shows_the_refusal_when_no_such_procedure_runs()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var board = Render(context, rig, ConsoleRig.Operator, Running());

        board.Find("[data-testid=finish-procedure]").Click();
        board.Find("[data-testid=confirm-yes]").Click();

        board.WaitForAssertion(() => Assert.Contains("procedureId", board.Find("[data-testid=finish-message]").TextContent, StringComparison.Ordinal));
    }
}
