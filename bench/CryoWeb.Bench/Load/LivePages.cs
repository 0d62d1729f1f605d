using CryoWeb.Bench.Harness;
using Microsoft.Playwright;

namespace CryoWeb.Bench.Load;

/// <summary>Live pages in headless Chromium, each its own tab and so its own Blazor circuit (and its chart's hub connection).</summary>
public static class LivePages
{
    public static async Task<List<IPage>> OpenAsync(BenchBrowser browser, Uri baseAddress, string userName, int count)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.SignedInContextAsync(baseAddress, userName);
        var pages = new List<IPage>();
        for (int i = 0; i < count; i++)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=live-chart]')?.cryowebChart?.pointCount() > 10", null, new() { Timeout = 60_000 });
            pages.Add(page);
        }

        return pages;
    }
}
