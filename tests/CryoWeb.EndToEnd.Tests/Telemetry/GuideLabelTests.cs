using System.Text.Json;
using CryoWeb.WebUI.Tests.EndToEnd;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.Telemetry;

/// <summary>
/// The 0 / -20 / -40 °C guide labels beside the chart (telemetry-axes.js): on a short chart, where the lines are a few
/// pixels apart, a label that would overlap one already written is left out (its dashed line stays).
/// </summary>
public sealed class GuideLabelTests
{
    [Fact]
    public async Task Guide_labels_closer_than_the_gap_are_left_out_in_their_order_of_precedence()
    {
        await using var server = await ConsoleServer.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = server.BaseAddress.ToString() });
        await page.GotoAsync("/signin");

        var labels = await page.EvaluateAsync<JsonElement>(@"async () => {
            const m = await import('/js/telemetry-axes.js');
            const guides = [0, -20, -40];
            // A tall chart (2 px per °C) and a short one (0.5 px per °C), positions as uPlot would give them.
            return {
                tall: m.spacedLabels(guides, (v) => 100 - 2 * v, 14),
                short: m.spacedLabels(guides, (v) => 100 - 0.5 * v, 14),
            };
        }");

        Assert.Equal(["0 °C", "-20 °C", "-40 °C"], Strings(labels.GetProperty("tall")));
        // 0 and -20 are 10 px apart: -20 goes; -40 is 20 px from 0 and stays.
        Assert.Equal(["0 °C", "", "-40 °C"], Strings(labels.GetProperty("short")));
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
