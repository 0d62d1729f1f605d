using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Probes;
using CryoWeb.WebUI.Live;
using CryoWeb.WebUI.Tests.EndToEnd;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.Console;

/// <summary>
/// The live page in headless Chromium against the whole console on a real Kestrel: the interactive circuit, the
/// caller taken from the cookie, the layout's emergency stop and the tablet layout, which bUnit cannot show.
/// </summary>
public sealed class LivePageBrowserTests
{
    private static readonly float Timeout = 20_000;

    private static async Task<(IBrowserContext Context, IPage Page)> SignedInPage(IBrowser browser, ConsoleServer server, string user, int width = 1280, int height = 800)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        context.SetDefaultTimeout(Timeout);
        var signIn = await context.APIRequest.PostAsync("/api/signin", new() { DataObject = new { userName = user, password = user + "-pass-123" } });
        Assert.True(signIn.Ok, $"sign-in of {user} answered {signIn.Status}");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByTestId("live-page")).ToHaveAttributeAsync("data-interactive", "true");
        await Assertions.Expect(page.GetByTestId("probe-1-tip")).ToContainTextAsync("°C");
        return (context, page);
    }

    private static async Task<bool> FitsWithoutHorizontalScrolling(IPage page) =>
        await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    [Fact]
    public async Task An_operator_freezes_a_probe_after_confirming_and_stops_everything_with_one_click_even_over_a_dialog()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("anna", ConsoleRole.Operator, "anna-pass-123");
        await server.StartProcedureAsync(sensors: [new CryoWeb.Controller.Setup.SensorSetup(4, "TS2 far", CryoWeb.Controller.Safety.SensorRole.Margin, -20, CryoWeb.Controller.Safety.ProtectiveAction.AlarmOnly, [])]);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var (_, page) = await SignedInPage(browser, server, "anna");
        var core = server.Services.GetRequiredService<ControlCore>();

        Assert.Equal("rgb(15, 23, 32)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        Assert.True(await FitsWithoutHorizontalScrolling(page), "the live page scrolls sideways at 1280x800");
        await Assertions.Expect(page.GetByTestId("sensor-tile-4")).ToHaveAttributeAsync("data-band", "AboveZero");
        Assert.True(server.Services.GetRequiredService<ViewerRegistry>().LiveCircuits >= 1);

        await page.GetByTestId("probe-1-power").FillAsync("70");
        await page.GetByTestId("probe-1-freeze").ClickAsync();
        await page.GetByTestId("confirm-yes").ClickAsync();
        await Assertions.Expect(page.GetByTestId("probe-1-mode")).ToHaveTextAsync("Freeze 70 %");
        Assert.Equal(ProbeMode.Freeze, core.Probes[0].Mode);
        var freeze = Assert.Single(server.Services.GetRequiredService<MemoryAuditTrail>().Entries, e => e.Command == "SetProbeMode");
        Assert.Equal(("anna", ConsoleRole.Operator, "127.0.0.1", true), (freeze.User, freeze.Role, freeze.ClientAddress, freeze.Accepted));

        // A confirmation open on a tile must not cover the emergency stop.
        await page.GetByTestId("probe-1-active-thaw").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-yes")).ToBeVisibleAsync();
        await page.GetByTestId("emergency-stop").ClickAsync(new() { Timeout = 3000 });
        // The click is done when the browser has sent it; the circuit handles it a moment later.
        Assert.True(await Eventually.HoldsAsync(() => core.EmergencyStopLatched, TimeSpan.FromSeconds(5)), "the emergency stop did not latch within 5 s of the click");
        var stop = Assert.Single(server.Services.GetRequiredService<MemoryAuditTrail>().Entries, e => e.Command == "EmergencyStop");
        Assert.Equal(("anna", "127.0.0.1", true), (stop.User, stop.ClientAddress, stop.Accepted));
        await Assertions.Expect(page.GetByTestId("estop-latched")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("probe-1-mode")).ToHaveTextAsync("Off");
        await Assertions.Expect(page.Locator("[data-testid=alarm-bar] li[data-priority=High]").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_supervisor_watches_read_only_in_portrait_without_controls_and_sees_a_banner_when_the_server_goes()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("sam", ConsoleRole.Supervisor, "sam-pass-123");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);

        var (_, page) = await SignedInPage(browser, server, "sam", width: 800, height: 1280);

        await Assertions.Expect(page.GetByTestId("readonly-badge")).ToHaveTextAsync("Supervising — read only");
        await Assertions.Expect(page.GetByTestId("probe-tile-2")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("live-chart")).ToBeAttachedAsync();
        Assert.Equal(0, await page.GetByTestId("probe-1-freeze").CountAsync());
        Assert.Equal(0, await page.GetByTestId("emergency-stop").CountAsync());
        Assert.Equal(0, await page.GetByTestId("nav-setup").CountAsync());
        Assert.True(await FitsWithoutHorizontalScrolling(page), "the live page scrolls sideways at 800x1280");

        // The server goes away: Blazor's reconnect UI shows as the full-width banner.
        await Assertions.Expect(page.GetByTestId("server-link-lost")).ToBeHiddenAsync();
        await server.App.StopAsync();
        await Assertions.Expect(page.GetByTestId("server-link-lost")).ToBeVisibleAsync();
        Assert.Equal(await page.EvaluateAsync<int>("() => window.innerWidth"), await page.GetByTestId("server-link-lost").EvaluateAsync<int>("e => e.getBoundingClientRect().width"));
    }
}
