using CryoWeb.WebUI.Tests.EndToEnd;
using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.Accessibility;

/// <summary>The steps of <see cref="FreezeScreenJourney"/>, each done the way OR staff do it, waiting for what the screen shows.</summary>
internal sealed class JourneySteps(IPage page, ConsoleProcess console, IPlaywright playwright)
{
    private static readonly LocatorAssertionsToHaveAttributeOptions Long = new() { Timeout = 15_000 };

    public async Task LiveReadyAsync() =>
        await Assertions.Expect(page.GetByTestId("live-page")).ToHaveAttributeAsync("data-interactive", "true", Long);

    /// <summary>Two probes, three sensors, the critical one named and limited (typed as a nurse types it), a preset.</summary>
    public async Task FillSetUpAsync(int criticalChannel, string criticalName, string limitTyped)
    {
        await page.GotoAsync("/setup");
        await Assertions.Expect(page.GetByTestId("setup-form")).ToHaveAttributeAsync("data-interactive", "true", Long);
        await page.GetByTestId("setup-label").FillAsync("A11y prostate 3");
        await page.GetByTestId("setup-organ").FillAsync("Prostate");
        await page.GetByTestId("setup-probe-1").CheckAsync();
        await page.GetByTestId("setup-probe-2").CheckAsync();
        foreach (int channel in new[] { 2, 3, criticalChannel })
        {
            await page.GetByTestId($"setup-sensor-{channel}").CheckAsync();
        }

        await page.GetByTestId($"setup-sensor-{criticalChannel}-name").FillAsync(criticalName);
        await page.GetByTestId($"setup-sensor-{criticalChannel}-role").SelectOptionAsync("CriticalStructure");
        await page.GetByTestId($"setup-sensor-{criticalChannel}-limit").FillAsync(limitTyped);
        await page.GetByTestId("setup-preset").SelectOptionAsync("Double freeze 10-8-10");
    }

    public async Task StartFromSetUpAsync()
    {
        await page.GetByTestId("setup-start").ClickAsync();
        try
        {
            await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == "/", new PageWaitForURLOptions { Timeout = 30_000 }); // a loaded CI machine
        }
        catch (TimeoutException)
        {
            var error = page.GetByTestId("setup-error");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ConsolePages.Artifacts, "setup-did-not-start.png"), FullPage = true });
            throw new InvalidOperationException($"set-up did not start at {page.Url}: {(await error.CountAsync() > 0 ? await error.InnerTextAsync() : "no message")}");
        }

        await LiveReadyAsync();
    }

    /// <summary>Probe 1 freezes by hand, probe 2 runs the preset (its first step is a freeze, with a countdown).</summary>
    public async Task FreezeBothProbesAsync()
    {
        await page.GetByTestId("probe-1-freeze").ClickAsync();
        await page.GetByTestId("confirm-yes").ClickAsync();
        await Assertions.Expect(page.GetByTestId("probe-1-mode")).ToContainTextAsync("Freeze");
        await page.GetByTestId("probe-2-start-protocol").ClickAsync();
        await page.GetByTestId("confirm-yes").ClickAsync();
        await Assertions.Expect(page.GetByTestId("probe-2-mode")).ToContainTextAsync("Freeze");
        await Assertions.Expect(page.GetByTestId("probe-2-countdown")).ToBeVisibleAsync();
    }

    /// <summary>An open thermocouple on a margin sensor: an alarm appears in the bar.</summary>
    public async Task RaiseSensorAlarmAsync(int channel)
    {
        await using var api = await playwright.APIRequest.NewContextAsync(new APIRequestNewContextOptions { BaseURL = console.BaseAddress.ToString() });
        var signIn = await api.PostAsync("/api/signin", new APIRequestContextOptions { DataObject = new { userName = "ada", password = ConsoleProcess.Password } });
        Assert.Equal(204, signIn.Status);
        var injected = await api.PostAsync("/api/simulator/faults", new APIRequestContextOptions { DataObject = new { kind = "open-thermocouple", channel } });
        Assert.True(injected.Ok, $"fault injection answered {injected.Status}: {await injected.TextAsync()}");
        await page.Locator(".alarms > li").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        await SettleAsync(page);
    }

    public async Task EmergencyStopAsync()
    {
        await page.GetByTestId("emergency-stop").ClickAsync();
        await Assertions.Expect(page.GetByTestId("estop-latched")).ToBeVisibleAsync();
    }

    public async Task ResetAndFinishAsync()
    {
        await page.GetByTestId("estop-reset").ClickAsync();
        await page.GetByTestId("confirm-yes").ClickAsync();
        await Assertions.Expect(page.GetByTestId("estop-latched")).ToHaveCountAsync(0);
        await page.GetByTestId("finish-procedure").ClickAsync();
        await page.GetByTestId("confirm-yes").ClickAsync();
        await Assertions.Expect(page.GetByTestId("procedure-none")).ToBeVisibleAsync();
    }

    /// <summary>The review list with this journey's procedure in it; returns the procedure's id.</summary>
    public async Task<string> OpenReviewListAsync()
    {
        await page.GotoAsync("/review");
        var row = page.GetByTestId("procedure-row").Filter(new LocatorFilterOptions { HasText = "A11y prostate 3" });
        await row.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        return (await row.GetAttributeAsync("data-procedure-id"))!;
    }

    public async Task OpenReviewDetailAsync(string id)
    {
        await page.GotoAsync($"/review/{id}");
        await Assertions.Expect(page.GetByTestId("review-chart")).ToHaveAttributeAsync("data-state", "ready", Long);
    }

    /// <summary>Two animation frames: the layout (and the chart's resize) has followed the last change.</summary>
    public static async Task SettleAsync(IPage page) =>
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300))))");
}
