using Bunit;
using CryoWeb.Controller.ControlThread;
using CryoWeb.Controller.Probes;
using CryoWeb.WebUI.Accounts;
using CryoWeb.WebUI.Components.Pages;
using LivePage = CryoWeb.WebUI.Components.Pages.Live;
using CryoWeb.WebUI.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using CryoWeb.Controller.Frames;

namespace CryoWeb.WebUI.Tests.Console;

/// <summary>
/// When the session revalidator signs a circuit out (signed out elsewhere, disabled, idle), the open console pages
/// must stop acting as the former user at once: controls go, and nothing reaches the command layer.
/// </summary>
public sealed class ConsoleSignOutTests
{
    /// <summary>The live page in an interactive circuit, settled, for an Operator (its controls are what it waits for).</summary>
    internal static IRenderedComponent<LivePage> RenderLive(BunitContext context, ConsoleRig rig, UserDirectory directory)
    {
        var board = new LiveStatusBoard(rig.ReadModel, rig.Procedures,
            new ControlWatchdog(rig.Core, () => 0, rig.Time, NullLogger<ControlWatchdog>.Instance), rig.Time);
        rig.Tick();
        var frame = new ControlFrame(rig.Hardware.Thermocouples.ChannelCount, rig.Hardware.ProbeCount);
        Assert.True(rig.Core.Frames.TryCopy(rig.Core.Frames.Published, frame));
        board.OnFrame(frame);
        context.Services.AddSingleton(board);
        context.Services.AddSingleton(new ViewerRegistry());
        context.AddBunitPersistentComponentState();
        context.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var page = context.Render<LivePage>();
        // Settled: signed in (controls shown) and the protocol presets loaded (the page's last asynchronous step; a
        // render it triggers would otherwise race the test's click).
        page.WaitForAssertion(() =>
        {
            Assert.Single(page.FindAll("[data-testid=probe-1-freeze]"));
            Assert.NotEmpty(page.FindAll("[data-testid=probe-1-preset] option"));
        });
        context.Settle();
        return page;
    }

    internal static UserDirectory Directory(ConsoleRig rig) =>
        new(rig.Store, rig.Audit, rig.Time, new AccountOptions(), NullLogger<UserDirectory>.Instance);

    [Fact]
    public async Task Signed_out_while_the_live_page_is_open_its_controls_go_and_an_open_question_cannot_be_confirmed()
    {
        using var rig = new ConsoleRig();
        using var directory = Directory(rig);
        await using var context = rig.Context(ConsoleRig.Operator, out var authorization);
        await rig.StartProcedureAsync();
        var page = RenderLive(context, rig, directory);
        // Awaited: a plain Click() only queues the event when the renderer is busy.
        await page.Find("[data-testid=probe-1-freeze]").ClickAsync(new MouseEventArgs());
        Assert.Single(page.FindAll("[data-testid=confirm-yes]"));

        authorization.SetNotAuthorized();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=probe-1-freeze]")));
        Assert.Empty(page.FindAll("[data-testid=confirm-yes]"));
        Assert.Empty(page.FindAll("[data-testid=audio-pause], [data-testid=goto-setup], [data-testid=finish-procedure]"));
        Assert.Equal("none", page.Find(".console-board").GetAttribute("data-role"));
        rig.Tick(5);
        Assert.Equal(ProbeMode.Off, rig.Core.Probes[0].Mode);
        Assert.DoesNotContain(rig.Audit.Entries, e => e.Command == "SetProbeMode");
    }

    [Fact]
    public async Task A_freeze_confirmed_on_a_page_whose_session_just_ended_is_refused_by_the_command_layer()
    {
        // Issue 13: an Operator demoted or disabled still started a freeze from the live page open 3 s after the
        // change. Here the page has not heard of the change yet (its circuit still holds the caller): the command
        // layer checks the session when the command runs and refuses it.
        using var rig = new ConsoleRig();
        using var directory = Directory(rig);
        await using var context = rig.Context(ConsoleRig.Operator);
        await rig.StartProcedureAsync();
        var page = RenderLive(context, rig, directory);
        await page.Find("[data-testid=probe-1-freeze]").ClickAsync(new MouseEventArgs());

        rig.Sessions.End(rig.SignedIn);
        await page.Find("[data-testid=confirm-yes]").ClickAsync(new MouseEventArgs());
        await rig.TickUntil(() => rig.Audit.Entries.Any(e => e.Command == "SetProbeMode"));
        rig.Tick(5);

        Assert.Equal(ProbeMode.Off, rig.Core.Probes[0].Mode);
        var refused = Assert.Single(rig.Audit.Entries, e => e.Command == "SetProbeMode");
        Assert.False(refused.Accepted);
        Assert.Contains("sign-in has ended", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_out_while_the_set_up_page_is_open_a_submit_creates_nothing()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator, out var authorization);
        context.AddBunitPersistentComponentState();
        context.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var page = context.Render<Setup>();
        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=setup-preset] option").Count));
        context.Settle();
        page.Find("[data-testid=setup-label]").Change("Case 17");
        page.Find("[data-testid=setup-organ]").Change("Prostate");
        page.Find("[data-testid=setup-probe-1]").Change(true);

        authorization.SetNotAuthorized();
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.StartsWith("Not signed in", page.Find("[data-testid=setup-error]").TextContent, StringComparison.Ordinal));
        Assert.Null(rig.Procedures.Running);
        Assert.True(await rig.Store.FlushAsync());
        Assert.Empty(await rig.Store.ListProceduresAsync());
    }
}
