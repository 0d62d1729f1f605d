using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.Accessibility;

/// <summary>What a clinician must see during a freeze without scrolling, measured by bounding boxes.</summary>
internal static class FreezeScreen
{
    private const string Measure = """
        (selectors) => {
            const out = [];
            if (window.scrollY !== 0 || window.scrollX !== 0) out.push(`the page is scrolled to ${window.scrollX},${window.scrollY}`);
            for (const s of selectors) {
                const e = document.querySelector(s);
                if (!e) { out.push(`${s} is missing`); continue; }
                const b = e.getBoundingClientRect();
                if (b.width === 0 || b.height === 0) { out.push(`${s} is not shown`); continue; }
                if (b.top < 0 || b.left < 0 || b.bottom > innerHeight + 0.5 || b.right > innerWidth + 0.5)
                    out.push(`${s} is outside the ${innerWidth}x${innerHeight} viewport (top ${Math.round(b.top)}, bottom ${Math.round(b.bottom)}, left ${Math.round(b.left)}, right ${Math.round(b.right)})`);
            }
            return out;
        }
        """;

    /// <summary>Landscape: every probe in use (mode, tip, timer), the critical sensor (value, limit, trend), the chart.</summary>
    public static string[] LandscapeParts(int criticalChannel) =>
    [
        .. new[] { 1, 2 }.SelectMany(n => new[] { $"[data-testid='probe-{n}-mode']", $"[data-testid='probe-{n}-tip']" }),
        "[data-testid='probe-2-countdown']",
        .. SensorParts(criticalChannel),
        "[data-testid='live-chart']",
    ];

    /// <summary>Portrait: every sensor in use and the chart.</summary>
    public static string[] PortraitParts(int criticalChannel) =>
    [
        "[data-testid='sensor-tile-2']",
        "[data-testid='sensor-tile-3']",
        .. SensorParts(criticalChannel),
        "[data-testid='live-chart']",
    ];

    public static async Task<IReadOnlyList<string>> OutsideViewportAsync(IPage page, string size, string[] selectors)
    {
        string[] outside = await page.EvaluateAsync<string[]>(Measure, selectors);
        return [.. outside.Select(o => $"{size}: {o}")];
    }

    private static string[] SensorParts(int channel) =>
    [
        $"[data-testid='sensor-{channel}-temperature']",
        $"[data-testid='sensor-{channel}-limit']",
        $"[data-testid='sensor-{channel}-trend']",
    ];
}
