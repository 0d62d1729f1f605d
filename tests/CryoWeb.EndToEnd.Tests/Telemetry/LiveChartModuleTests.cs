using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Tests.EndToEnd;
using CryoWeb.WebUI.Telemetry;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.Telemetry;

public sealed class LiveChartModuleTests
{
    [Fact]
    public async Task The_module_connects_draws_every_channel_and_exposes_its_test_hook()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("sam", ConsoleRole.Supervisor, "a long enough test password");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1024, Height = 700 } });
        var signIn = await page.APIRequest.PostAsync("/api/signin", new APIRequestContextOptions { DataObject = new { userName = "sam", password = "a long enough test password" } });
        Assert.True(signIn.Ok, $"sign-in answered {signIn.Status}");
        // Keep the page's web sockets reachable, so the test can cut the chart's connection.
        await page.AddInitScriptAsync(@"(() => {
            const Native = window.WebSocket;
            window.testSockets = [];
            window.WebSocket = class extends Native { constructor(...args) { super(...args); window.testSockets.push(this); } };
        })()");
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        // A page of the console without a live chart of its own, so the module under test is the only one.
        await page.GotoAsync("/denied");

        await page.EvaluateAsync(@"async () => {
            const host = document.createElement('div');
            host.id = 'chart';
            host.style.height = '420px';
            document.body.prepend(host);
            const m = await import('/js/telemetry-chart.js');
            window.chart = m.mountLiveChart(host, { windowMinutes: 10 });
        }");
        await page.WaitForFunctionAsync("() => document.getElementById('chart').dataset.state === 'connected' && document.getElementById('chart').cryowebChart.pointCount() > 20", null, new PageWaitForFunctionOptions { Timeout = 20000 });

        var labels = await page.EvaluateAsync<string[]>("() => document.getElementById('chart').cryowebChart.seriesLabels()");
        Assert.Equal(["Probe 1 tip", "Probe 2 tip", "TS1 margin", "TS2 margin", "TS3 critical"], labels);
        double tip = await page.EvaluateAsync<double>("() => document.getElementById('chart').cryowebChart.lastValue('Probe 1 tip')");
        Assert.InRange(tip, 20, 45);
        Assert.Equal(1, await page.Locator("#chart canvas").CountAsync());

        // Every live sample drawn gets its sample-to-screen latency (the benchmark's figure): never negative (a sample
        // cannot be drawn before it was taken on this machine's clock) and not the history loaded on connect.
        await page.WaitForFunctionAsync("() => document.getElementById('chart').cryowebChart.drawLatenciesMs().length > 10", null, new PageWaitForFunctionOptions { Timeout = 10000 });
        var latencies = await page.EvaluateAsync<double[]>("() => document.getElementById('chart').cryowebChart.drawLatenciesMs()");
        Assert.All(latencies, l => Assert.InRange(l, 0, 30000));

        // The whole-procedure view loads the min/max overview and keeps drawing the live tail.
        await page.GetByRole(AriaRole.Button, new() { Name = "Procedure" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#chart button[aria-pressed=\\'true\\']').textContent === 'Procedure'");
        int procedurePoints = await page.EvaluateAsync<int>("() => document.getElementById('chart').cryowebChart.pointCount()");
        await page.WaitForFunctionAsync($"() => document.getElementById('chart').cryowebChart.pointCount() > {procedurePoints}");
        await page.GetByRole(AriaRole.Button, new() { Name = "10 min" }).ClickAsync();

        // Zooming (a button, for touch screens) leaves the live edge; "Follow live" comes back to it.
        var follow = page.GetByRole(AriaRole.Button, new() { Name = "Follow live" });
        await page.GetByRole(AriaRole.Button, new() { Name = "+", Exact = true }).ClickAsync();
        Assert.Equal("false", await follow.GetAttributeAsync("aria-pressed"));
        await follow.ClickAsync();
        Assert.Equal("true", await follow.GetAttributeAsync("aria-pressed"));

        // Cut the connection and refuse reconnects for a while: the chart reconnects by itself afterwards and fills
        // the gap from the hub's history.
        await page.RouteAsync("**/hubs/telemetry/negotiate**", route => route.AbortAsync());
        await page.EvaluateAsync("() => window.testSockets.filter(s => s.url.includes('/hubs/telemetry')).forEach(s => s.close(4000, 'test outage'))");
        await page.WaitForFunctionAsync("() => document.getElementById('chart').dataset.state === 'reconnecting'", null, new PageWaitForFunctionOptions { Timeout = 10000 });
        int before = await page.EvaluateAsync<int>("() => document.getElementById('chart').cryowebChart.pointCount()");
        await Task.Delay(1500); // the outage itself: frames go on at 10 Hz on the server
        await page.UnrouteAllAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('chart').dataset.state === 'connected'", null, new PageWaitForFunctionOptions { Timeout = 30000 });
        await page.WaitForFunctionAsync($"() => document.getElementById('chart').cryowebChart.pointCount() > {before + 15}", null, new PageWaitForFunctionOptions { Timeout = 10000 });
        // No break from the outage: the chart shows exactly the breaks the server's own samples have (on a loaded
        // machine a late control tick is a true gap, drawn as one; the chart buffer holds the server's whole history).
        var history = server.Services.GetRequiredService<TelemetryHistory>();
        int serverGapsBefore = ServerGaps(history);
        int chartGaps = await page.EvaluateAsync<int>("() => document.getElementById('chart').cryowebChart.gapCount()");
        Assert.InRange(chartGaps, serverGapsBefore, ServerGaps(history));

        Assert.Empty(scriptErrors);
        await page.EvaluateAsync("() => window.chart.dispose()");
        Assert.Equal("disconnected", await page.EvaluateAsync<string>("() => document.getElementById('chart').dataset.state"));
        Assert.Equal(0, await page.Locator("#chart canvas").CountAsync());
    }

    /// <summary>Jumps longer than the chart's gap threshold (2.5 sample periods) in the server's full-rate history.</summary>
    private static int ServerGaps(TelemetryHistory history)
    {
        var times = history.After(0).Times;
        return Enumerable.Range(1, Math.Max(0, times.Count - 1)).Count(i => times[i] - times[i - 1] > 250);
    }
}
