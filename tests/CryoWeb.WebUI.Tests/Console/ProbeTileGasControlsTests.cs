using Bunit;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.WebUI.Components.Console;
using CryoWeb.WebUI.Live;

namespace CryoWeb.WebUI.Tests.Console;

/// <summary>Gas controls the console would refuse now are disabled with the reason; the power field refuses bad values itself.</summary>
public sealed class ProbeTileGasControlsTests
{
    private static readonly string[] GasIds = ["freeze", "stick", "active-thaw", "start-protocol"];

    private static ProbeStatus Idle(ProbeMode mode = ProbeMode.Off, double power = 0) =>
        new(1, mode, power, 0, 36.5, null, true, mode == ProbeMode.Freeze, false, ProtocolState.None, null, -1, 0, null, 0);

    private static LiveStatus Console(Guid? procedure, bool stop = false, double argonPsi = 2950) => new(
        1, DateTimeOffset.UnixEpoch, true, stop, [Idle()], [], new SupplyStatus(argonPsi, null, null), new SupplyStatus(880, null, null),
        procedure, procedure is null ? null : "Case 1", procedure is null ? null : DateTimeOffset.UnixEpoch);

    private static IRenderedComponent<ProbeTile> Render(BunitContext context, LiveStatus live, ProbeStatus? probe = null) =>
        context.Render<ProbeTile>(p => p.Add(t => t.Probe, probe ?? Idle()).Add(t => t.Caller, ConsoleRig.Operator)
            .Add(t => t.Presets, ProtocolPresets.All).Add(t => t.Live, live));

    private static bool Disabled(IRenderedComponent<ProbeTile> tile, string id)
    {
        var button = tile.Find($"[data-testid=probe-1-{id}]");
        bool disabled = button.HasAttribute("disabled");
        Assert.Equal(disabled ? "true" : "false", button.GetAttribute("aria-disabled") ?? "false");
        return disabled;
    }

    [Fact]
    public async Task Under_a_protective_limit_the_freeze_question_asks_for_the_power_that_will_be_used()
    {
        // The trial: the tile said "Limited to 50 % by TS1 urethra" while the question promised 100 %.
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var limited = Idle() with { PowerLimitPercent = 50, PowerLimitReason = "Limited to 50 % by TS1 urethra" };

        var tile = Render(context, Console(Guid.NewGuid()), limited);
        tile.Find("[data-testid=probe-1-freeze]").Click();

        Assert.Equal("Start freezing probe 1 at 50 % power? Limited to 50 % by TS1 urethra (100 % asked).", tile.Find("[data-testid=confirm-question]").TextContent.Trim());
    }

    [Fact]
    public async Task With_no_procedure_gas_controls_are_disabled_with_the_reason_and_stopping_stays_available()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);

        var tile = Render(context, Console(procedure: null));

        Assert.All(GasIds, id => Assert.True(Disabled(tile, id), id));
        Assert.False(tile.Find("[data-testid=probe-1-stop]").HasAttribute("disabled"));
        Assert.False(tile.Find("[data-testid=probe-1-passive-thaw]").HasAttribute("disabled"));
        Assert.Equal("Start a procedure first: gas is used only inside a recorded procedure.", tile.Find("[data-testid=probe-1-gas-blocked]").TextContent.Trim());
        Assert.Equal("probe-1-gas-blocked", tile.Find("[data-testid=probe-1-freeze]").GetAttribute("aria-describedby"));

        tile.Find("[data-testid=probe-1-freeze]").Click(); // a click that slips through still asks nothing
        Assert.Empty(tile.FindAll("[data-testid=confirm-yes]"));
    }

    [Fact]
    public async Task A_latched_emergency_stop_disables_gas_with_how_to_undo_it()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);

        var tile = Render(context, Console(Guid.NewGuid(), stop: true));

        Assert.All(GasIds, id => Assert.True(Disabled(tile, id), id));
        Assert.Equal("Emergency stop is active: reset it to use gas.", tile.Find("[data-testid=probe-1-gas-blocked]").TextContent.Trim());
    }

    [Fact]
    public async Task Low_argon_disables_freezing_but_leaves_the_active_thaw()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);

        var tile = Render(context, Console(Guid.NewGuid(), argonPsi: 900));

        Assert.True(Disabled(tile, "freeze"));
        Assert.True(Disabled(tile, "stick"));
        Assert.False(Disabled(tile, "active-thaw"));
        Assert.Contains("Not enough argon to freeze (900 psi", tile.Find("[data-testid=probe-1-gas-blocked]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inside_a_procedure_with_gas_every_control_is_enabled()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);

        var tile = Render(context, Console(Guid.NewGuid()));

        Assert.All(GasIds, id => Assert.False(Disabled(tile, id), id));
        Assert.Empty(tile.FindAll("[data-testid=probe-1-gas-blocked]"));
    }

    [Theory]
    [InlineData("5", "Freeze power must be from 10 to 100 %.")]
    [InlineData("120", "Freeze power must be from 10 to 100 %.")]
    [InlineData("abc", "Freeze power: type a number from 10 to 100, e.g. 75 or 37,5.")]
    [InlineData("1e2", "Freeze power: type a number from 10 to 100, e.g. 75 or 37,5.")]
    [InlineData("", "Freeze power: type a number from 10 to 100, e.g. 75 or 37,5.")]
    [InlineData("100000000000", "Freeze power: type a number from 10 to 100, e.g. 75 or 37,5.")]
    public async Task A_power_outside_10_to_100_is_refused_at_the_field_never_asked(string typed, string problem)
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var tile = Render(context, Console(Guid.NewGuid()));

        tile.Find("[data-testid=probe-1-power]").Change(typed);

        Assert.Equal(problem, tile.Find("[data-testid=probe-1-power-problem]").TextContent);
        Assert.Equal("true", tile.Find("[data-testid=probe-1-power]").GetAttribute("aria-invalid"));
        Assert.True(Disabled(tile, "freeze"));
        tile.Find("[data-testid=probe-1-freeze]").Click();
        Assert.Empty(tile.FindAll("[data-testid=confirm-yes]"));
    }

    [Theory]
    [InlineData("37,5")]
    [InlineData("37.5")]
    public async Task A_decimal_comma_or_point_is_accepted_and_reaches_the_controller(string typed)
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var tile = Render(context, Console(await rig.StartProcedureAsync()));

        tile.Find("[data-testid=probe-1-power]").Change(typed);
        Assert.Empty(tile.FindAll("[data-testid=probe-1-power-problem]"));
        tile.Find("[data-testid=probe-1-freeze]").Click();
        Assert.Equal("Start freezing probe 1 at 37.5 % power?", tile.Find("[data-testid=confirm-question]").TextContent);
        tile.Find("[data-testid=confirm-yes]").Click();

        await rig.TickUntil(() => rig.Core.Probes[0].Mode == ProbeMode.Freeze);
        Assert.Equal(37.5, rig.Core.Probes[0].PowerPercent);
    }

    [Fact]
    public async Task While_freezing_the_field_shows_the_power_in_force_unless_the_operator_is_editing_it()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var live = Console(Guid.NewGuid());
        var tile = Render(context, live, Idle(ProbeMode.Freeze, 80));
        Assert.Equal("80", tile.Find("[data-testid=probe-1-power]").GetAttribute("value"));

        // Another tablet (or a protective limit) changes the power: shown.
        tile.Render(p => p.Add(t => t.Probe, Idle(ProbeMode.Freeze, 50)));
        Assert.Equal("50", tile.Find("[data-testid=probe-1-power]").GetAttribute("value"));

        // The operator types: kept while editing, then the field follows the probe again.
        tile.Find("[data-testid=probe-1-power]").Change("60");
        tile.Render(p => p.Add(t => t.Probe, Idle(ProbeMode.Freeze, 70)));
        Assert.Equal("60", tile.Find("[data-testid=probe-1-power]").GetAttribute("value"));
        rig.Time.Advance(TimeSpan.FromSeconds(31));
        tile.Render(p => p.Add(t => t.Probe, Idle(ProbeMode.Freeze, 70)));
        Assert.Equal("70", tile.Find("[data-testid=probe-1-power]").GetAttribute("value"));
    }
}
