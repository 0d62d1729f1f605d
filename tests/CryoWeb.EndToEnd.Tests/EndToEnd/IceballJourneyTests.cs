using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.EndToEnd;

/// <summary>
/// Issue 7 in headless Chromium against `dotnet run` on the simulator: set up a procedure, plan it on /plan from the
/// simulator's positions (simulate a protocol, save the plan), freeze, see the live iceball estimate drawn and
/// compared with the sensors, and find plan and result side by side in the review.
/// </summary>
public sealed class IceballJourneyTests(ConsoleProcess console) : IClassFixture<ConsoleProcess>
{
    private static readonly ViewportSize Tablet = new() { Width = 1280, Height = 800 };

    [Fact]
    public async Task Plan_save_freeze_watch_the_estimate_and_review_plan_beside_result()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Tablet, BaseURL = console.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "olivia");
        await page.GotoAsync("/setup");
        await Expect(page.GetByTestId("setup-form")).ToHaveAttributeAsync("data-interactive", "true");
        await page.GetByTestId("setup-label").FillAsync("E2E iceball");
        await page.GetByTestId("setup-organ").FillAsync("Kidney");
        await page.GetByTestId("setup-probe-1").CheckAsync();
        await page.GetByTestId("setup-probe-2").CheckAsync();
        await page.GetByTestId("setup-start").ClickAsync();
        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == "/", new PageWaitForURLOptions { Timeout = 15_000 });

        // Plan: the simulator's positions are filled in; simulate the 15-minute single freeze and save the plan.
        await page.GotoAsync("/plan");
        await Expect(page.GetByTestId("plan-layout-ok")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        Assert.Equal("-7.5", await page.GetByTestId("plan-probe-0-x").InputValueAsync());
        // The option's text isolates the preset's name (FSI ... PDI, invisible): pick it by the text a user reads.
        string singleFreeze = (await page.GetByTestId("plan-protocol").Locator("option", new() { HasText = "Single freeze 15 min" }).GetAttributeAsync("value"))!;
        await page.GetByTestId("plan-protocol").SelectOptionAsync(new SelectOptionValue { Value = singleFreeze });
        await page.GetByTestId("plan-simulate").ClickAsync();
        await Expect(page.GetByTestId("plan-peak")).ToBeVisibleAsync(new() { Timeout = 120_000 });
        var planned = page.Locator("[data-testid='isotherm'][data-celsius='-20']").First; // the preview above the result draws the predicted iceball
        Assert.True(int.Parse(await planned.GetAttributeAsync("data-segments") ?? "0", System.Globalization.CultureInfo.InvariantCulture) > 8, "the planned -20 C isotherm is drawn");
        await page.GetByTestId("plan-save").ClickAsync();
        await Expect(page.GetByTestId("plan-save-outcome")).ToContainTextAsync("Plan saved");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ConsolePages.Artifacts, "plan-desktop.png"), FullPage = true });

        // Live: freeze probe 1; within seconds the estimate draws tissue below 0 C and compares itself with the sensors.
        await page.GotoAsync("/");
        await Expect(page.GetByTestId("live-page")).ToHaveAttributeAsync("data-interactive", "true");
        await page.GetByTestId("probe-1-freeze").ClickAsync();
        await page.GetByTestId("confirm-yes").ClickAsync();
        var panel = page.GetByTestId("iceball-panel");
        var zero = panel.Locator("[data-testid='isotherm'][data-celsius='0']").First;
        await Expect(zero).ToHaveAttributeAsync("data-segments", new System.Text.RegularExpressions.Regex("^[1-9][0-9]+$"), new() { Timeout = 60_000 });
        await Expect(panel.GetByTestId("iceball-caveat")).ToContainTextAsync("Confirm the iceball with imaging");
        await Expect(panel.GetByTestId("iceball-agreement")).ToBeVisibleAsync();
        await Expect(panel.GetByTestId("iceball-summary")).ToBeVisibleAsync();
        await panel.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ConsolePages.Artifacts, "live-iceball.png") });

        // Stop, finish, and the review shows the plan beside the last live estimate.
        await page.GetByTestId("probe-1-stop").ClickAsync();
        await Expect(page.GetByTestId("probe-1-mode")).ToContainTextAsync("Off");
        await page.GetByTestId("finish-procedure").ClickAsync();
        await page.GetByTestId("confirm-yes").ClickAsync();
        await page.GotoAsync("/review");
        var row = page.GetByTestId("procedure-row").Filter(new LocatorFilterOptions { HasText = "E2E iceball" });
        await row.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "E2E iceball" }).ClickAsync();
        var review = page.GetByTestId("iceball-review");
        await Expect(review.GetByTestId("iceball-review-plan")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(review.GetByTestId("iceball-review-estimate")).ToBeVisibleAsync();

        // The estimator saves its last estimate when it sees the procedure end (it wakes every second), after the seconds
        // still queued for it: a review opened at once may come before it, so reload until it is there.
        var recorded = review.Locator("[data-testid='iceball-review-estimate'] [data-testid='isotherm'][data-celsius='0']");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await recorded.CountAsync() == 0 && DateTime.UtcNow < deadline)
        {
            await page.WaitForTimeoutAsync(1000);
            await page.ReloadAsync();
            await Expect(review.GetByTestId("iceball-review-estimate")).ToBeVisibleAsync();
        }

        // The loop may stop on the prerendered page; the circuit's first interactive render then shows "Loading..." for a
        // moment before it draws the same estimate again (a single count taken in that moment read 0 in CI twice). So
        // wait for the circuit, then let the assertion retry.
        await Expect(page.GetByTestId("session-guard")).ToBeAttachedAsync(new() { Timeout = 15_000 });
        await Expect(recorded.First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await review.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ConsolePages.Artifacts, "review-iceball.png") });
                break;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                await Expect(review.GetByTestId("iceball-review-estimate")).ToBeVisibleAsync();
            }
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
