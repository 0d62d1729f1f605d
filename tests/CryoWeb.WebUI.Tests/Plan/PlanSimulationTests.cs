using System.Text.RegularExpressions;
using Bunit;
using CryoWeb.Controller.Iceball;
using CryoWeb.WebUI.Components.Pages.Plan;
using CryoWeb.WebUI.Tests.Console;

namespace CryoWeb.WebUI.Tests.Plan;

/// <summary>Simulating on the plan page, and saving the plan with the running procedure.</summary>
public sealed partial class PlanSimulationTests
{
    /// <summary>A planning run on a loaded 2-core machine: generous, since a real run is being waited for.</summary>
    private static readonly TimeSpan SimulationTimeout = TimeSpan.FromSeconds(180);

    private static void SimulateAndWait(IRenderedComponent<PlanPage> page)
    {
        page.Find("[data-testid=plan-simulate]").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=plan-speed]")), SimulationTimeout);
        Assert.Empty(page.FindAll("[data-testid=plan-simulate-message]"));
    }

    [GeneratedRegex(@"^1 min simulated in \d+(\.\d)? s, \d+x real time$")]
    private static partial Regex OneMinuteSpeed();

    [Fact]
    public async Task Simulating_shows_the_peak_the_timeline_and_the_speed()
    {
        using var rig = new PlanRig();
        await rig.UseQuickPresetAsync();
        using var context = rig.Context(ConsoleRig.Operator, rig.Console.Plant);
        var page = PlanRig.Render(context);
        Assert.Equal(["Freeze 100% 1:00"], page.FindAll("[data-testid=plan-protocol-steps] li").Select(li => li.TextContent));
        Assert.Empty(page.FindAll("[data-testid=plan-result]"));
        Assert.Equal("false", page.Find("[data-testid=iceball-planes]").GetAttribute("data-estimated"));

        SimulateAndWait(page);
        Assert.Equal("true", page.Find("[data-testid=iceball-planes]").GetAttribute("data-estimated"));
        Assert.Contains("after 1 min of Quick freeze 1 min", page.Find("[data-testid=iceball-planes-caption]").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.FindAll("[data-testid=isotherm]"));

        Assert.Matches(OneMinuteSpeed(), page.Find("[data-testid=plan-speed]").TextContent);
        Assert.Contains("after 1 min (the end of the last freeze)", page.Find("[data-testid=plan-peak]").TextContent, StringComparison.Ordinal);
        // The peak's isotherms in numbers, as the live panel and the review show them.
        Assert.Equal(["0", "-20", "-40"], page.FindAll("[data-testid=plan-result] [data-testid=isotherm-row]").Select(r => r.GetAttribute("data-celsius")));
        var row = Assert.Single(page.FindAll("[data-testid=plan-timeline-row]"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.Equal("1", cells[0]);
        Assert.StartsWith("Freeze", cells[1], StringComparison.Ordinal);
        // Two probes 15 mm apart after a minute at full power: a lethal zone a few millimetres across each probe at least.
        Assert.EndsWith(" mm", cells[2], StringComparison.Ordinal);
        double width = double.Parse(cells[2][..^3], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(width, 2, 40);
        Assert.Matches(@"^\d+(\.\d)? %$", cells[3]);
        Assert.Empty(page.FindAll("[data-testid=plan-stale]"));

        // Changing the layout makes the prediction stale: it stays in view but cannot be saved.
        page.Find("[data-testid=plan-margin]").Change("6");
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=plan-stale]")));
        Assert.Equal("false", page.Find("[data-testid=iceball-planes]").GetAttribute("data-estimated"));
    }

    [Fact]
    public async Task Saving_stores_the_plan_and_hands_its_layout_to_the_live_estimate()
    {
        using var rig = new PlanRig();
        await rig.UseQuickPresetAsync();
        var procedure = await rig.StartProcedureAsync();
        rig.Estimator.Pump();
        Assert.Equal(IceballState.NoLayout, rig.Estimator.Status.State);
        using var context = rig.Context(ConsoleRig.Operator, rig.Console.Plant);
        var page = PlanRig.Render(context);
        Assert.Equal("Simulate this layout and protocol first: the plan keeps the prediction.", page.Find("[data-testid=plan-save-blocked]").TextContent);
        Assert.True(page.Find("[data-testid=plan-save]").HasAttribute("disabled"));

        SimulateAndWait(page);
        Assert.False(page.Find("[data-testid=plan-save]").HasAttribute("disabled"));
        page.Find("[data-testid=plan-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Plan saved", page.Find("[data-testid=plan-save-outcome]").TextContent, StringComparison.Ordinal));
        Assert.Equal("/", page.Find("[data-testid=plan-live-link]").GetAttribute("href"));
        var plan = await rig.Records.GetPlanAsync(procedure);
        Assert.NotNull(plan);
        Assert.Equal((PlanRig.QuickPreset, "anna", rig.Console.Time.GetUtcNow()), (plan.Protocol.Name, plan.CreatedBy, plan.CreatedAt));
        Assert.Equal([-7.5, 7.5], plan.Layout.Probes.Select(p => p.TipXMm));
        Assert.Equal(1, Assert.Single(plan.Timeline).Minute);
        Assert.NotNull(plan.Peak.At(-20));
        rig.Estimator.Pump();
        Assert.NotEqual(IceballState.NoLayout, rig.Estimator.Status.State);
        Assert.NotEqual(IceballState.Failed, rig.Estimator.Status.State);

        // Coming back to the page shows the saved plan, which still counts as simulated for its layout and protocol.
        using var again = rig.Context(ConsoleRig.Operator, rig.Console.Plant);
        var reopened = PlanRig.Render(again);
        Assert.Contains("plan saved with the running procedure", reopened.Find("[data-testid=plan-start-note]").TextContent, StringComparison.Ordinal);
        Assert.Contains("anna", reopened.Find("[data-testid=plan-saved-by]").TextContent, StringComparison.Ordinal);
        Assert.Single(reopened.FindAll("[data-testid=plan-timeline-row]"));
        Assert.Empty(reopened.FindAll("[data-testid=plan-stale]"));
        Assert.False(reopened.Find("[data-testid=plan-save]").HasAttribute("disabled"));

        // A layout saved after the plan is what the live estimate uses: the page starts from it and shows the plan as earlier.
        var moved = plan.Layout with { Probes = [plan.Layout.Probes[0] with { TipYMm = 2.5 }, plan.Layout.Probes[1]] };
        Assert.True((await rig.Records.SaveLayoutAsync(ConsoleRig.Operator, procedure, moved)).Accepted);
        using var later = rig.Context(ConsoleRig.Operator, rig.Console.Plant);
        var third = PlanRig.Render(later);
        Assert.Equal("2.5", third.Find("[data-testid=plan-probe-0-y]").GetAttribute("value"));
        Assert.Contains("newer than its saved plan", third.Find("[data-testid=plan-start-note]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(third.Find("[data-testid=plan-stale]"));
        Assert.True(third.Find("[data-testid=plan-save]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Without_a_running_procedure_a_simulated_plan_cannot_be_saved()
    {
        using var rig = new PlanRig();
        await rig.UseQuickPresetAsync();
        using var context = rig.Context(ConsoleRig.Operator, rig.Console.Plant);
        var page = PlanRig.Render(context);
        Assert.Contains("Start a procedure on the Set-up page to save a plan", page.Find("[data-testid=plan-no-procedure]").TextContent, StringComparison.Ordinal);

        SimulateAndWait(page);

        Assert.True(page.Find("[data-testid=plan-save]").HasAttribute("disabled"));
        Assert.Equal("Start a procedure on the Set-up page to save a plan.", page.Find("[data-testid=plan-save-blocked]").TextContent);
        Assert.True(page.Find("[data-testid=plan-save-layout]").HasAttribute("disabled"));
        Assert.Equal(0, rig.SaveCommands());
    }

    [Fact]
    public void A_long_simulation_can_be_cancelled()
    {
        using var rig = new PlanRig();
        using var context = rig.Context(ConsoleRig.Operator, rig.Console.Plant);
        var page = PlanRig.Render(context);
        Assert.Contains("Double freeze", page.Find("[data-testid=plan-protocol] option").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=plan-simulate]").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=plan-busy]")));
        page.Find("[data-testid=plan-cancel]").Click();

        page.WaitForAssertion(() => Assert.Equal("Cancelled: nothing was simulated.", page.Find("[data-testid=plan-simulate-message]").TextContent), SimulationTimeout);
        Assert.Empty(page.FindAll("[data-testid=plan-result]"));
        Assert.NotNull(page.Find("[data-testid=plan-simulate]"));
    }
}
