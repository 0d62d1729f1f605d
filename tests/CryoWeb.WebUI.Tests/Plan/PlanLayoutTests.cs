using CryoWeb.Controller.Setup;
using System.Numerics;
using Bunit;
using CryoWeb.Controller.Safety;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Thermal.Layout;
using CryoWeb.WebUI.Tests.Console;

namespace CryoWeb.WebUI.Tests.Plan;

/// <summary>The plan page's layout editor: starting values, numbers as typed, the controller's checks, roles.</summary>
public sealed class PlanLayoutTests
{
    private static string Value(IRenderedComponent<Components.Pages.Plan.PlanPage> page, string testId) =>
        page.Find($"[data-testid={testId}]").GetAttribute("value") ?? "";

    [Fact]
    public void On_the_simulator_its_probes_and_sensors_are_filled_in_around_the_probes_centre()
    {
        using var rig = new PlanRig();
        using var context = rig.Context(ConsoleRig.Operator, rig.Console.Plant);
        var page = PlanRig.Render(context);

        // Default simulator: tips at x = -7.5 and 7.5, z = 0, 30 mm active zones toward +z: centre (0, 0, 15).
        Assert.Equal(["-7.5", "0", "-15", "30", "1.5"], new[] { "x", "y", "z", "length", "diameter" }.Select(f => Value(page, $"plan-probe-0-{f}")));
        Assert.Equal(["7.5", "0", "-15"], new[] { "x", "y", "z" }.Select(f => Value(page, $"plan-probe-1-{f}")));
        Assert.Equal(["1", "2"], [Value(page, "plan-probe-0-number"), Value(page, "plan-probe-1-number")]);
        // Sensors follow the two probe tips: channels 2, 3, 4 at (0, 12, 15), (-20, 0, 15), (0, -22, 15) before the move.
        Assert.Equal(["2", "3", "4"], Enumerable.Range(0, 3).Select(i => Value(page, $"plan-sensor-{i}-channel")));
        Assert.Equal(["0", "12", "0", "-20", "0", "0", "0", "-22", "0"], Enumerable.Range(0, 3).SelectMany(i => new[] { "x", "y", "z" }.Select(f => Value(page, $"plan-sensor-{i}-{f}"))));
        Assert.Equal(["10", "5"], [Value(page, "plan-radius"), Value(page, "plan-margin")]);
        Assert.Contains("simulator's positions", page.Find("[data-testid=plan-start-note]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=plan-layout-ok]"));
        Assert.False(page.Find("[data-testid=plan-simulate]").HasAttribute("disabled"));
        // The preview draws the two probes and three sensors, named by their wiring names.
        Assert.Equal(2, page.FindAll("[data-testid=iceball-plane]").Count);
        Assert.Contains("TS3 critical", page.Find("[data-testid=iceball-planes]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_simulator_probe_not_along_z_is_reported_instead_of_guessed()
    {
        using var rig = new PlanRig();
        var tilted = SimulationLayout.Default with
        {
            GridSpacingMm = 3,
            MarginMm = 10,
            Probes = [SimulationLayout.Default.Probes[0], SimulationLayout.Default.Probes[1] with { TowardHandle = Vector3.UnitX }],
        };
        using var context = rig.Context(ConsoleRig.Operator, new SimulatedPlant(tilted, rig.Console.Time.GetUtcNow()));
        var page = PlanRig.Render(context);

        Assert.Contains("Probe 2 is not inserted along +z", page.Find("[data-testid=plan-start-note]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=plan-use-simulator]"));
        // The form starts from one probe through the target instead.
        Assert.Single(page.FindAll("[data-testid^=plan-probe-row-]"));
        Assert.Equal("0", Value(page, "plan-probe-0-x"));
    }

    [Fact]
    public async Task A_number_that_does_not_parse_is_named_and_nothing_is_saved_while_a_comma_is_read_as_a_point()
    {
        using var rig = new PlanRig();
        var procedure = await rig.StartProcedureAsync(new SensorSetup(4, "TS3 urethra", SensorRole.Margin, 0, ProtectiveAction.AlarmOnly, []));
        using var context = rig.Context(ConsoleRig.Operator, rig.Console.Plant);
        var page = PlanRig.Render(context);
        Assert.False(page.Find("[data-testid=plan-save-layout]").HasAttribute("disabled"));
        // The running procedure's sensor names come first, with the wiring name beside them.
        Assert.Equal("TS3 urethra — TS3 critical (channel 4)", page.Find("[data-testid=plan-sensor-2-channel] option[value='4']").TextContent);
        Assert.Contains("TS3 urethra", page.Find("[data-testid=iceball-planes]").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=plan-probe-1-y]").Change("seven");

        page.WaitForAssertion(() => Assert.StartsWith("Probe row 2 (probe 2): tip y: \"seven\" is not a number", page.Find("[data-testid=plan-layout-problem]").TextContent, StringComparison.Ordinal));
        Assert.Contains("row-problem", page.Find("[data-testid=plan-probe-row-1]").ClassName, StringComparison.Ordinal);
        Assert.True(page.Find("[data-testid=plan-save-layout]").HasAttribute("disabled"));
        Assert.True(page.Find("[data-testid=plan-simulate]").HasAttribute("disabled"));
        Assert.Empty(page.FindAll("[data-testid=iceball-planes]"));
        Assert.Null(await rig.Records.GetLayoutAsync(procedure));
        Assert.Equal(0, rig.SaveCommands());

        page.Find("[data-testid=plan-probe-1-y]").Change("-2,5");
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=plan-layout-ok]")));
        page.Find("[data-testid=plan-save-layout]").Click();

        page.WaitForAssertion(() => Assert.Contains("Layout saved", page.Find("[data-testid=plan-save-outcome]").TextContent, StringComparison.Ordinal));
        var saved = await rig.Records.GetLayoutAsync(procedure);
        Assert.NotNull(saved);
        Assert.Equal(-2.5, saved.Probes[1].TipYMm);
    }

    [Fact]
    public void The_controllers_layout_problems_are_shown_with_the_field_and_the_row()
    {
        using var rig = new PlanRig();
        using var context = rig.Context(ConsoleRig.Operator, rig.Console.Plant);
        var page = PlanRig.Render(context);

        page.Find("[data-testid=plan-probe-0-length]").Change("70");
        page.WaitForAssertion(() => Assert.Equal("Probe row 1 (probe 1): active length: must be 5 to 60 mm, not 70.", page.Find("[data-testid=plan-layout-problem]").TextContent));
        Assert.Contains("row-problem", page.Find("[data-testid=plan-probe-row-0]").ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("row-problem", page.Find("[data-testid=plan-probe-row-1]").ClassName, StringComparison.Ordinal);

        page.Find("[data-testid=plan-probe-0-length]").Change("25");
        page.Find("[data-testid=plan-probe-1-number]").Change("1");
        page.WaitForAssertion(() => Assert.Equal("Probe row 2 (probe 1): probe 1 is placed twice.", page.Find("[data-testid=plan-layout-problem]").TextContent));

        page.Find("[data-testid=plan-probe-1-number]").Change("2");
        page.Find("[data-testid=plan-radius]").Change("12,5");
        page.Find("[data-testid=plan-sphere]").Change(false);
        page.WaitForAssertion(() => Assert.Equal("12,5", Value(page, "plan-radius-x")));
        page.Find("[data-testid=plan-radius-y]").Change("45");
        page.WaitForAssertion(() => Assert.Equal("Target: radius y: must be 2 to 40 mm, not 45.", page.Find("[data-testid=plan-layout-problem]").TextContent));
    }

    [Fact]
    public void Rows_are_added_and_removed()
    {
        using var rig = new PlanRig();
        using var context = rig.Context(ConsoleRig.Operator, simulator: null);
        var page = PlanRig.Render(context);
        Assert.Contains("probe 1 through the centre", page.Find("[data-testid=plan-start-note]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=plan-use-simulator]"));

        page.Find("[data-testid=plan-add-probe]").Click();
        page.Find("[data-testid=plan-add-sensor]").Click();
        page.Find("[data-testid=plan-add-sensor]").Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid^=plan-sensor-row-]").Count));
        Assert.Equal("2", Value(page, "plan-probe-1-number"));
        Assert.Equal(["2", "3"], [Value(page, "plan-sensor-0-channel"), Value(page, "plan-sensor-1-channel")]);
        // Only thermal sensor channels are offered, by their wiring names.
        Assert.Equal(["TS1 margin (channel 2)", "TS2 margin (channel 3)", "TS3 critical (channel 4)"], page.FindAll("[data-testid=plan-sensor-0-channel] option").Select(o => o.TextContent));

        page.Find("[data-testid=plan-sensor-0-remove]").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid^=plan-sensor-row-]")));
        Assert.Equal("3", Value(page, "plan-sensor-0-channel"));
    }

    [Fact]
    public async Task A_Supervisor_sees_the_procedures_layout_read_only_and_cannot_save()
    {
        using var rig = new PlanRig();
        var procedure = await rig.StartProcedureAsync();
        var layout = CryoWeb.Controller.Simulator.SimulatorPositions.From(SimulationLayout.Default, out _)!;
        var shifted = layout with { Probes = [layout.Probes[0] with { TipXMm = -6.25 }, layout.Probes[1]] };
        Assert.True((await rig.Records.SaveLayoutAsync(ConsoleRig.Operator, procedure, shifted)).Accepted);
        int saves = rig.SaveCommands();
        using var context = rig.Context(ConsoleRig.Supervisor, rig.Console.Plant);

        var page = PlanRig.Render(context);

        Assert.Equal("-6.25", Value(page, "plan-probe-0-x"));
        Assert.Contains("layout saved with the running procedure", page.Find("[data-testid=plan-start-note]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=plan-read-only]"));
        Assert.True(page.Find("[data-testid=plan-editor]").HasAttribute("disabled"));
        Assert.Empty(page.FindAll("[data-testid=plan-save]"));
        Assert.Empty(page.FindAll("[data-testid=plan-save-layout]"));
        Assert.Empty(page.FindAll("[data-testid=plan-simulate]"));
        Assert.Empty(page.FindAll("[data-testid=plan-use-simulator]"));
        Assert.Equal(saves, rig.SaveCommands());
    }
}
