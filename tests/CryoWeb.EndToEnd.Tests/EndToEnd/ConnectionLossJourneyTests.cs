using System.Diagnostics;
using System.Text.RegularExpressions;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.ControlThread;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.EndToEnd;

/// <summary>
/// Stale is never shown as live (issue 14, section 3), in headless Chromium at both tablet sizes against the whole
/// console in process: the tablet's network cut (Playwright's offline mode) and the control loop stopped are told
/// apart, every view is marked STALE with its age, gas controls are disabled, and the banners never cover the
/// emergency stop or the alarm bar (bounding boxes). Screenshots go to artifacts/screenshots.
/// </summary>
public sealed partial class ConnectionLossJourneyTests
{
    private const float Timeout = 20_000;

    private static readonly string[] GasButtons = ["freeze", "stick", "active-thaw", "start-protocol"];

    [Theory]
    [InlineData(1180, 820, "landscape")]
    [InlineData(820, 1180, "portrait")]
    public async Task A_tablet_that_loses_its_network_marks_every_view_stale_with_the_age_disables_gas_and_recovers(int width, int height, string orientation)
    {
        await using var server = await ConsoleServer.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var (context, page) = await LivePageAsync(server, browser, width, height);
        var board = page.Locator(".console-board");

        await context.SetOfflineAsync(true);
        var cut = Stopwatch.StartNew();
        await Expect(board).ToHaveAttributeAsync("data-stale", "true", new() { Timeout = 4000 });
        Assert.True(cut.Elapsed < TimeSpan.FromSeconds(3.5), $"STALE took {cut.Elapsed.TotalSeconds:0.0} s to show");
        Assert.Equal("network", await board.GetAttributeAsync("data-stale-cause"));

        var banner = page.GetByTestId("connection-lost");
        await Expect(banner).ToBeVisibleAsync();
        await Expect(banner).ToHaveTextAsync(NetworkBanner());
        await Expect(page.GetByTestId("chart-stale")).ToHaveTextAsync(StaleMark());
        Assert.Matches(StaleMark(), await TileMarkAsync(page, "probe-tile-1"));
        Assert.Matches(StaleMark(), await TileMarkAsync(page, "sensor-tile-4"));
        foreach (var gas in GasButtons)
        {
            await Expect(page.GetByTestId($"probe-1-{gas}")).ToBeDisabledAsync();
        }

        // Stopping gas stays possible (it never needs fresh data to be safe).
        await Expect(page.GetByTestId("probe-1-stop")).ToBeEnabledAsync();
        await AssertUncoveredAsync(page, banner);

        // The age counts up.
        int first = AgeOf(await banner.InnerTextAsync());
        await Expect(banner).Not.ToHaveTextAsync(new Regex($"lost {first} s ago"), new() { Timeout = 3000 });
        Assert.True(AgeOf(await banner.InnerTextAsync()) > first, "the banner's age did not count up");
        await ScreenshotAsync(page, $"stale-network-{orientation}");

        await context.SetOfflineAsync(false);
        await Expect(board).ToHaveAttributeAsync("data-stale", "false", new() { Timeout = 10_000 });
        await Expect(banner).ToBeHiddenAsync();
        await Expect(page.GetByTestId("chart-stale")).ToBeHiddenAsync();
        foreach (var gas in GasButtons)
        {
            await Expect(page.GetByTestId($"probe-1-{gas}")).ToBeEnabledAsync();
        }

        Assert.Equal("none", await TileMarkAsync(page, "probe-tile-1"));
    }

    [Theory]
    [InlineData(1180, 820, "landscape")]
    [InlineData(820, 1180, "portrait")]
    public async Task A_controller_that_stops_publishing_is_told_apart_from_a_lost_network_with_its_age(int width, int height, string orientation)
    {
        await using var server = await ConsoleServer.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var (_, page) = await LivePageAsync(server, browser, width, height);
        var board = page.Locator(".console-board");

        // The control loop stops (as a hung control thread looks from the web side); the console server carries on.
        await server.Services.GetRequiredService<ControlLoop>().StopAsync(CancellationToken.None);

        var controllerBanner = page.GetByTestId("link-lost");
        await Expect(controllerBanner).ToHaveTextAsync(new Regex(@"^The controller has stopped sending data \(last \d+ s ago\)\. Its own safety limits still apply"));
        await Expect(board).ToHaveAttributeAsync("data-stale-cause", "controller");
        await Expect(page.GetByTestId("chart-stale")).ToHaveTextAsync(new Regex(@"^STALE \d+ s: the controller is not sending data$"));
        await Expect(page.GetByTestId("connection-lost")).ToBeHiddenAsync();
        Assert.Matches(StaleMark(), await TileMarkAsync(page, "probe-tile-1"));
        foreach (var gas in GasButtons)
        {
            await Expect(page.GetByTestId($"probe-1-{gas}")).ToBeDisabledAsync();
        }

        await AssertUncoveredAsync(page, controllerBanner);
        await ScreenshotAsync(page, $"stale-controller-{orientation}");
    }

    private static async Task<(IBrowserContext Context, IPage Page)> LivePageAsync(ConsoleServer server, IBrowser browser, int width, int height)
    {
        await server.AddUserAsync("olivia", ConsoleRole.Operator, ConsoleProcess.Password);
        var context = await browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        context.SetDefaultTimeout(Timeout);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "olivia");

        // A recorded procedure runs, so every gas control is one the console would accept; its one sensor is shown.
        var created = await context.APIRequest.PostAsync("/api/procedures", new() { DataObject = new { label = "Case 21", organ = "kidney", probesInUse = new[] { 1, 2 }, sensors = new object[] { new { channel = 4, name = "TS2 margin", role = "Margin", limitCelsius = 0, action = "AlarmOnly", linkedProbes = Array.Empty<int>() } } } });
        Assert.True(created.Ok, $"creating the procedure answered {created.Status}: {await created.TextAsync()}");
        string id = (await created.JsonAsync())!.Value.GetProperty("procedureId").GetString()!;
        var started = await context.APIRequest.PostAsync($"/api/procedures/{id}/start", new() { DataObject = new { } });
        Assert.True(started.Ok, $"starting the procedure answered {started.Status}");

        await page.GotoAsync("/");
        await Expect(page.GetByTestId("live-page")).ToHaveAttributeAsync("data-interactive", "true");
        // The chart shows what the tiles show: the procedure's sensor (channel 4), not the wired ones it does not use.
        await Expect(page.GetByTestId("chart-legend-value-4")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("chart-legend-value-2")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("chart-legend-value-3")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("procedure-label")).ToHaveTextAsync("Case 21");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=live-chart]').cryowebChart?.pointCount() > 10");
        await Expect(page.Locator(".console-board")).ToHaveAttributeAsync("data-stale", "false");
        await Expect(page.GetByTestId("probe-1-freeze")).ToBeEnabledAsync();
        return (context, page);
    }

    /// <summary>The banner shares no pixel with the emergency stop or the alarm bar (nor does Blazor's own banner).</summary>
    private static async Task AssertUncoveredAsync(IPage page, ILocator banner)
    {
        var stop = await page.GetByTestId("emergency-stop").BoundingBoxAsync();
        var alarms = await page.GetByTestId("alarm-bar").BoundingBoxAsync();
        Assert.NotNull(stop);
        Assert.NotNull(alarms);
        var banners = new List<ILocator> { banner };
        if (await page.GetByTestId("server-link-lost").IsVisibleAsync())
        {
            banners.Add(page.GetByTestId("server-link-lost"));
        }

        foreach (var shown in banners)
        {
            var box = await shown.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.False(Overlap(box, stop), $"a banner {Describe(box)} covers the emergency stop {Describe(stop)}");
            Assert.False(Overlap(box, alarms), $"a banner {Describe(box)} covers the alarm bar {Describe(alarms)}");
        }

        // And the stop button is the element actually under its own centre: nothing sits on top of it.
        Assert.True(
            await page.GetByTestId("emergency-stop").EvaluateAsync<bool>("b => { const r = b.getBoundingClientRect(); return b.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)); }"),
            "something covers the emergency stop");
    }

    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    private static string Describe(LocatorBoundingBoxResult r) => $"({r.X:0},{r.Y:0} {r.Width:0}x{r.Height:0})";

    /// <summary>The STALE mark drawn on a tile (its ::after content), or "none".</summary>
    private static Task<string> TileMarkAsync(IPage page, string tile) =>
        page.GetByTestId(tile).EvaluateAsync<string>("t => getComputedStyle(t, '::after').content");

    private static int AgeOf(string bannerText) => int.Parse(AgeInBanner().Match(bannerText).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        string directory = Path.Combine(ConsolePages.Artifacts, "screenshots");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(directory, name + ".png") });
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex(@"^Connection to the console lost \d+ s ago: the values shown are not live\. Gas controls are disabled\.$")]
    private static partial Regex NetworkBanner();

    [GeneratedRegex(@"STALE \d+ s")]
    private static partial Regex StaleMark();

    [GeneratedRegex(@"lost (\d+) s ago")]
    private static partial Regex AgeInBanner();
}
