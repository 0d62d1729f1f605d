using CryoWeb.WebUI.Tests.EndToEnd;
using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.Review;

/// <summary>The review page's chart module in headless Chromium: it loads the curves and zooms where the timeline says.</summary>
public sealed class ReviewChartBrowserTests(RecordedConsole console) : IClassFixture<RecordedConsole>
{
    [Fact]
    public async Task The_detail_chart_draws_every_channel_and_a_timeline_click_zooms_it_to_that_moment()
    {
        var (server, record) = (console.Server, console.Record);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 800 } });
        var signIn = await context.APIRequest.PostAsync("/api/signin", new() { DataObject = new { userName = RecordedConsole.ReviewerName, password = RecordedConsole.ReviewerPassword } });
        Assert.True(signIn.Ok, $"sign-in answered {signIn.Status}");
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/review/{record.Id}");
        // The chart is mounted after the first interactive render, so "ready" also means the circuit is up.
        var chart = page.GetByTestId("review-chart");
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 30_000 });
        var labels = await chart.EvaluateAsync<string[]>("e => e.cryowebReviewChart.seriesLabels()");
        Assert.Equal(record.ChannelNames, labels);
        Assert.True(await chart.EvaluateAsync<int>("e => e.cryowebReviewChart.pointCount()") > 10);
        Assert.True(await chart.EvaluateAsync<double>("e => e.cryowebReviewChart.minValue('Probe 1 tip')") < 30);
        // Each channel has its live chart's colour (one palette by channel index, telemetry-palette.js).
        Assert.Equal(
            await page.EvaluateAsync<string[]>("async (n) => { const m = await import('/js/telemetry-palette.js'); return Array.from({ length: n }, (_, i) => m.channelColour(i)); }", labels.Length),
            await chart.EvaluateAsync<string[]>("e => e.cryowebReviewChart.strokes()"));

        var freeze = page.GetByTestId("timeline-item").Filter(new() { HasText = "Probe 1: freeze" });
        long atMs = long.Parse((await freeze.GetAttributeAsync("data-time-ms"))!, System.Globalization.CultureInfo.InvariantCulture);
        await freeze.GetByRole(AriaRole.Button).ClickAsync();

        // The click zooms to a two-minute window centred on the item.
        await page.WaitForFunctionAsync(
            "([at]) => { const r = document.querySelector('[data-testid=review-chart]').cryowebReviewChart.xRangeMs(); return r && Math.abs(r[0] - (at - 60000)) < 1000 && Math.abs(r[1] - (at + 60000)) < 1000; }",
            new object[] { atMs },
            new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task The_page_does_not_blink_loading_when_its_circuit_takes_over_from_the_prerendered_page()
    {
        var (server, record) = (console.Server, console.Record);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = 1180, Height = 820 } });
        var signIn = await context.APIRequest.PostAsync("/api/signin", new() { DataObject = new { userName = RecordedConsole.ReviewerName, password = RecordedConsole.ReviewerPassword } });
        Assert.True(signIn.Ok, $"sign-in answered {signIn.Status}");
        // Everything "Loading…" that appears after the prerendered page has been parsed: the circuit's first render
        // replacing the prerendered content with a loading line (the whole page, then the iceball panel) is the blink.
        await context.AddInitScriptAsync("""
            window.cryowebLoadingSeen = [];
            document.addEventListener('DOMContentLoaded', () => new MutationObserver(records => {
                for (const r of records) for (const n of r.addedNodes) {
                    if (n.nodeType === 1 && (n.matches('.loading') || n.querySelector('.loading'))) window.cryowebLoadingSeen.push(n.outerHTML.slice(0, 120));
                }
            }).observe(document.body, { childList: true, subtree: true }));
            """);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/review/{record.Id}");
        Assert.Equal(0, await page.Locator(".loading").CountAsync());
        await Assertions.Expect(page.GetByTestId("review-chart")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 30_000 });
        // The iceball panel has read its records in the circuit too (it says there is no plan, or shows it).
        await Assertions.Expect(page.GetByTestId("iceball-review-plan")).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(500);

        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.cryowebLoadingSeen"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(CryoWeb.WebUI.Tests.EndToEnd.ConsolePages.Artifacts, "review-tablet-landscape.png") });
        Assert.Equal(record.Label, await page.GetByTestId("review-label").InnerTextAsync());
    }
}
