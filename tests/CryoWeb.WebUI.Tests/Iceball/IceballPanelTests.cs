using Bunit;
using CryoWeb.Controller.Iceball;
using CryoWeb.WebUI.Components.Iceball;
using CryoWeb.WebUI.Tests.Console;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.WebUI.Tests.Iceball;

public sealed class IceballPanelTests
{
    private static readonly CryoWeb.WebUI.Clock.ConsoleTimeZone ParisTime = new("Europe/Paris");

    [Fact]
    public async Task The_panel_follows_the_real_estimator_from_no_procedure_to_a_drawn_estimate()
    {
        using var live = new LiveIceball();
        await using var context = live.Context(ConsoleRig.Supervisor);
        var panel = context.Render<IceballPanel>();
        Assert.Equal(IceballPanel.Caveat, panel.Find("[data-testid=iceball-caveat]").TextContent);
        Assert.Equal("No procedure is running.", Message(panel));

        var procedure = await live.StartProcedureAsync();
        live.Estimator.Pump();
        panel.WaitForAssertion(() => Assert.Equal("NoLayout", State(panel)));
        Assert.Equal("Place the probes and the target on the Plan page to see the iceball estimate.", Message(panel));
        Assert.Equal("/plan", panel.Find("[data-testid=iceball-plan-link]").GetAttribute("href"));

        live.Estimator.UseLayout(procedure, LiveIceball.Layout);
        live.Estimator.Pump();
        panel.WaitForAssertion(() => Assert.Equal("Waiting for the first second of data.", Message(panel)));
        Assert.Equal("Estimating", State(panel));

        await live.FreezeAsync(1);
        live.Run(7);
        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=iceball-planes]")));
        var estimate = live.Estimator.Status.Estimate!;
        long age = (long)(live.Rig.Time.GetUtcNow() - estimate.Time).TotalSeconds;
        Assert.Equal($"Model estimate as of {ParisTime.Clock(estimate.Time)} ({age} s ago), {IceballFormat.Minutes(estimate.ModelMinutes)} of the procedure modelled", Normalised(panel.Find("[data-testid=iceball-age]").TextContent));
        Assert.Equal(6, panel.FindAll("[data-testid=iceball-plane] path[data-testid=isotherm]").Count);
        Assert.Equal(3, panel.FindAll("[data-testid=isotherm-row]").Count);
        Assert.Single(panel.FindAll("[data-testid=agreement-sensor-2]"));
        // The sensor is named as in the procedure's set-up, on the drawing and in the agreement table.
        Assert.Equal("TS1 urethra", panel.Find("[data-testid=iceball-plane] [data-testid=sensor-2] text").TextContent);
        Assert.Equal("TS ch 3", panel.Find("[data-testid=iceball-plane] [data-testid=sensor-3] text").TextContent);
        Assert.Empty(panel.FindAll("[data-testid=iceball-stale]"));
    }

    [Fact]
    public async Task An_estimate_older_than_20_s_while_estimating_is_marked_stale()
    {
        using var live = new LiveIceball();
        await using var context = live.Context(ConsoleRig.Operator);
        var panel = context.Render<IceballPanel>();
        live.Estimator.UseLayout(await StartedAsync(live), LiveIceball.Layout);
        live.Run(6);
        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=iceball-age]")));

        var asOf = live.Estimator.Status.Estimate!.Time;
        live.Rig.Time.Advance(asOf.AddSeconds(19) - live.Rig.Time.GetUtcNow());
        panel.WaitForAssertion(() => Assert.Equal("19 s ago", panel.Find("[data-testid=iceball-age-text]").TextContent));
        Assert.Empty(panel.FindAll("[data-testid=iceball-stale]"));

        live.Rig.Time.Advance(TimeSpan.FromSeconds(2));
        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=iceball-stale]")));
        Assert.StartsWith("STALE: this estimate is 21 s old.", Normalised(panel.Find("[data-testid=iceball-stale]").TextContent), StringComparison.Ordinal);
        Assert.Equal("alert", panel.Find("[data-testid=iceball-stale]").GetAttribute("role"));

        // A new estimate is fresh again.
        live.Run(6);
        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll("[data-testid=iceball-stale]")));
    }

    [Fact]
    public async Task A_failed_estimator_is_shown_as_stopped_without_its_last_estimate()
    {
        using var live = new LiveIceball();
        await using var context = live.Context(ConsoleRig.Supervisor);
        var panel = context.Render<IceballPanel>();
        var procedure = await StartedAsync(live);
        // A layout the estimator cannot follow (a sensor on a channel the console does not have) stops it on the first second.
        live.Estimator.UseLayout(procedure, LiveIceball.Layout with { Sensors = [new SensorPlacement(99, 0, 10, 0)] });
        live.Run(2);

        panel.WaitForAssertion(() => Assert.Equal("Failed", State(panel)));
        Assert.StartsWith("The iceball estimate stopped:", Message(panel), StringComparison.Ordinal);
        Assert.Equal("alert", panel.Find("[data-testid=iceball-message]").GetAttribute("role"));
        Assert.Empty(panel.FindAll("[data-testid=iceball-planes]"));
    }

    [Fact]
    public async Task The_panel_listens_only_while_it_is_shown()
    {
        using var live = new LiveIceball();
        await using var context = live.Context(ConsoleRig.Supervisor);
        context.Render<IceballPanel>();
        Assert.Equal(1, live.Estimator.ChangedSubscriberCount);

        await context.DisposeComponentsAsync();

        Assert.Equal(0, live.Estimator.ChangedSubscriberCount);
    }

    [Fact]
    public async Task On_the_live_page_the_panel_renders_for_the_estimator_not_for_the_pages_own_refreshes()
    {
        using var live = new LiveIceball();
        using var directory = ConsoleSignOutTests.Directory(live.Rig);
        await using var context = live.Rig.Context(ConsoleRig.Operator);
        var page = ConsoleSignOutTests.RenderLive(context, live.Rig, directory);
        var panel = page.FindComponent<IceballPanel>();
        Assert.Equal("No procedure is running.", Message(panel));
        // The status view renders exactly when the panel does (bUnit also counts a child's renders in its parents').
        var view = panel.FindComponent<IceballStatusView>();
        int pageRenders = page.RenderCount, panelRenders = view.RenderCount;

        live.Rig.Tick(30); // 3 s of console: the page refreshes at least once a second
        page.WaitForAssertion(() => Assert.True(page.RenderCount >= pageRenders + 3, $"{page.RenderCount - pageRenders} page renders"));
        context.Settle();
        Assert.Equal(panelRenders, view.RenderCount);

        await StartedAsync(live);
        panel.WaitForAssertion(() => Assert.Equal("NoLayout", State(panel)));
        context.Settle();
        Assert.Equal(panelRenders + 1, view.RenderCount);
    }

    [Theory]
    [InlineData(IceballState.NoProcedure, "No procedure is running.")]
    [InlineData(IceballState.NoLayout, "Place the probes and the target on the Plan page to see the iceball estimate.")]
    [InlineData(IceballState.CatchingUp, "Replaying 3.5 min of the procedure with the new layout.")]
    [InlineData(IceballState.Estimating, "Waiting for the first second of data.")]
    [InlineData(IceballState.Failed, "The iceball estimate stopped: out of memory")]
    public void Each_state_shows_the_estimators_message_and_what_to_do(IceballState state, string message)
    {
        using var context = new BunitContext();
        var view = context.Render<IceballStatusView>(p => p.Add(v => v.Status, new IceballStatus(state, message, Guid.NewGuid(), null)));

        Assert.Equal(message, view.Find("[data-testid=iceball-message]").TextContent);
        Assert.Equal(state == IceballState.NoLayout, view.FindAll("a[href='/plan']").Count == 1);
        Assert.Equal(state == IceballState.Failed, view.FindAll("[role=alert]").Count == 1);
        Assert.Equal(state == IceballState.CatchingUp, view.Markup.Contains("when the replay reaches the present", StringComparison.Ordinal));
        Assert.Empty(view.FindAll("[data-testid=iceball-planes]"));
    }

    [Fact]
    public void An_estimate_that_cannot_be_drawn_says_so_in_place_and_the_next_one_is_drawn()
    {
        using var context = new BunitContext();
        context.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(IceballSamples.Noon));
        context.Services.AddSingleton(new CryoWeb.WebUI.Clock.ConsoleTimeZone("Europe/Paris"));
        context.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var good = IceballSamples.Estimate();
        var bad = good with { Planes = [good.Planes[0] with { Vertical = "x" }] };
        var view = context.Render<IceballStatusView>(p => p.Add(v => v.Status, new IceballStatus(IceballState.Estimating, "Estimating.", Guid.NewGuid(), bad)));

        Assert.Single(view.FindAll("[data-testid=iceball-view-failed]"));
        Assert.Empty(view.FindAll("[data-testid=iceball-planes]"));

        view.Render(p => p.Add(v => v.Status, new IceballStatus(IceballState.Estimating, "Estimating.", Guid.NewGuid(), good)));

        Assert.Empty(view.FindAll("[data-testid=iceball-view-failed]"));
        Assert.Single(view.FindAll("[data-testid=iceball-planes]"));
    }

    private static async Task<Guid> StartedAsync(LiveIceball live)
    {
        var procedure = await live.StartProcedureAsync();
        live.Estimator.Pump();
        return procedure;
    }

    private static string Message(IRenderedComponent<IceballPanel> panel) => panel.Find("[data-testid=iceball-message]").TextContent;

    private static string? State(IRenderedComponent<IceballPanel> panel) => panel.Find("[data-testid=iceball-status]").GetAttribute("data-state");

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
