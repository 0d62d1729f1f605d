using System.Text.Json;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Tests.EndToEnd;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.Telemetry;

/// <summary>
/// The live chart read on a tablet (issue 14, section 7): the legend shows every channel's latest value without
/// hovering and "—" for an invalid reading; time labels never overlap at 820 px; the guide temperatures are labelled
/// in the right-hand gutter, off the curves; channel colours come from the shared palette; times in the console's zone.
/// </summary>
public sealed class LiveChartReadingTests
{
    private const string Password = "a long enough test password";

    [Theory]
    [InlineData(820, 1180, "portrait")]
    [InlineData(1180, 820, "landscape")]
    public async Task The_legend_shows_latest_values_without_hover_and_the_axes_stay_readable(int width, int height, string orientation)
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("olivia", ConsoleRole.Operator, Password);
        await server.AddUserAsync("ada", ConsoleRole.Admin, Password);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        Assert.True((await context.APIRequest.PostAsync("/api/signin", new() { DataObject = new { userName = "olivia", password = Password } })).Ok);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var chart = page.GetByTestId("live-chart");
        // Half a minute of history, so the time axis has several labels to space out.
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=live-chart]').cryowebChart?.pointCount() > 20", null, new() { Timeout = 20_000 });

        // Latest values, no hover: each legend value is the newest sample of its channel.
        var legend = await chart.EvaluateAsync<string[]>("e => [...e.querySelectorAll('.telemetry-legend-value')].map(v => v.textContent)");
        Assert.Equal(5, legend.Length);
        Assert.All(legend, v => Assert.Matches(@"^-?\d+\.\d °C$", v));
        await page.WaitForFunctionAsync("() => { const e = document.querySelector('[data-testid=live-chart]'); const v = e.querySelector('[data-testid=chart-legend-value-0]').textContent; return v === `${e.cryowebChart.lastValue('Probe 1 tip').toFixed(1)} °C`; }");

        // An invalid reading shows as a dash, never as a number.
        await using (var admin = await playwright.APIRequest.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString() }))
        {
            Assert.True((await admin.PostAsync("/api/signin", new() { DataObject = new { userName = "ada", password = Password } })).Ok);
            var injected = await admin.PostAsync("/api/simulator/faults", new() { DataObject = new { kind = "open-thermocouple", channel = 3 } });
            Assert.True(injected.Ok, $"fault injection answered {injected.Status}");
        }

        await Assertions.Expect(page.GetByTestId("chart-legend-value-3")).ToHaveTextAsync("—", new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("chart-legend-value-2")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^-?\d+\.\d °C$"));

        // Colours by channel index from the shared palette; the console's zone on the time axis.
        Assert.Equal(
            await page.EvaluateAsync<string[]>("async () => { const m = await import('/js/telemetry-palette.js'); return [0, 1, 2, 3, 4].map(m.channelColour); }"),
            await chart.EvaluateAsync<string[]>("e => e.cryowebChart.strokes()"));
        Assert.Equal("Europe/Paris", await chart.EvaluateAsync<string>("e => e.cryowebChart.timeZone()"));

        // Time labels: distinct, and no two overlap (measured with the axis font).
        await page.WaitForTimeoutAsync(300);
        var time = await chart.EvaluateAsync<JsonElement>(@"e => {
            const axis = e.cryowebChart.axisLabels(0);
            const ctx = document.createElement('canvas').getContext('2d');
            ctx.font = '13px system-ui, sans-serif';
            return { labels: axis.labels.map(l => ({ text: l.text, x: l.x, width: ctx.measureText(l.text).width })) };
        }");
        var labels = time.GetProperty("labels").EnumerateArray().Select(l => (Text: l.GetProperty("text").GetString()!, X: l.GetProperty("x").GetDouble(), Width: l.GetProperty("width").GetDouble())).ToList();
        Assert.NotEmpty(labels);
        Assert.Equal(labels.Count, labels.Select(l => l.Text).Distinct().Count());
        for (int i = 1; i < labels.Count; i++)
        {
            double gap = labels[i].X - labels[i - 1].X - ((labels[i].Width + labels[i - 1].Width) / 2);
            Assert.True(gap >= 8, $"time labels '{labels[i - 1].Text}' and '{labels[i].Text}' are {gap:0} px apart at {width} px");
        }

        // The guide temperatures are labelled in the right-hand gutter (axis side 1), not on the plot.
        var guides = await chart.EvaluateAsync<JsonElement>("e => e.cryowebChart.axisLabels(2)");
        Assert.Equal(1, guides.GetProperty("side").GetInt32());
        var guideTexts = guides.GetProperty("labels").EnumerateArray().Select(l => l.GetProperty("text").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["-20 °C", "-40 °C", "0 °C"], guideTexts);

        string directory = Path.Combine(ConsolePages.Artifacts, "screenshots");
        Directory.CreateDirectory(directory);
        await chart.ScreenshotAsync(new() { Path = Path.Combine(directory, $"live-chart-{orientation}.png") });
    }
}
