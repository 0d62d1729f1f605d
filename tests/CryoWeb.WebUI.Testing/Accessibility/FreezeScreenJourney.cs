using CryoWeb.WebUI.Tests.EndToEnd;
using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.Accessibility;

/// <summary>
/// One console process and one browser, walked once through every page and state a clinician meets: sign-in, live
/// (idle, freezing with 2 probes and 3 sensors, alarm, emergency stop), set-up, plan, review list, review detail and
/// the report. On the way it records what axe-core finds, touch targets under 44 px, what of the freeze screen is
/// outside the viewport, and where probe 1's Freeze button is before and after an alarm. The facts of
/// <see cref="UseSafetyPageTests"/> each judge one of these.
/// </summary>
public sealed class FreezeScreenJourney : IAsyncLifetime
{
    /// <summary>Tablet landscape, the size the console is designed for.</summary>
    public static readonly ViewportSize Landscape = new() { Width = 1180, Height = 820 };

    public static readonly ViewportSize SmallLandscape = new() { Width = 1024, Height = 768 };

    public static readonly ViewportSize Portrait = new() { Width = 820, Height = 1180 };

    /// <summary>The simulator's critical sensor (TS3, channel 4), given the team's name and a limit typed with a comma.</summary>
    public const int CriticalChannel = 4;

    public const string CriticalName = "TS3 urethra";

    public const string LimitTyped = "2,5";

    private readonly ConsoleProcess _console = new();

    public List<string> AxeViolations { get; } = [];

    public List<string> SmallTargets { get; } = [];

    /// <summary>"size: element is outside the viewport (box)" for each part of the freeze screen that needs scrolling.</summary>
    public List<string> OffScreen { get; } = [];

    public LocatorBoundingBoxResult? FreezeButtonBeforeAlarm { get; private set; }

    /// <summary>STOP before and after it is pressed: a second press must land on STOP again, never on what appeared.</summary>
    public LocatorBoundingBoxResult? StopButtonBeforeStop { get; private set; }

    public LocatorBoundingBoxResult? StopButtonAfterStop { get; private set; }

    public LocatorBoundingBoxResult? FreezeButtonAfterAlarm { get; private set; }

    /// <summary>The critical sensor tile's limit line during the freeze.</summary>
    public string CriticalLimitText { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await _console.InitializeAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Landscape, BaseURL = _console.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var steps = new JourneySteps(page, _console, playwright);

        await page.GotoAsync("/signin");
        await CheckAsync(page, "sign-in", touch: false);
        await ConsolePages.SignInAsync(page, "olivia");
        await steps.LiveReadyAsync();
        await CheckAsync(page, "live idle");

        await page.GotoAsync("/plan");
        await Assertions.Expect(page.GetByTestId("plan-loading")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        await CheckAsync(page, "plan", touch: false);

        await steps.FillSetUpAsync(CriticalChannel, CriticalName, LimitTyped);
        await CheckAsync(page, "set-up");
        await steps.StartFromSetUpAsync();
        await steps.FreezeBothProbesAsync();
        CriticalLimitText = await page.GetByTestId($"sensor-{CriticalChannel}-limit").InnerTextAsync();
        // A few seconds into the freeze: the tiles have a trend, as a nurse would see them.
        await Assertions.Expect(page.GetByTestId($"sensor-{CriticalChannel}-trend")).Not.ToContainTextAsync("measuring", new LocatorAssertionsToContainTextOptions { Timeout = 20_000 });

        foreach (var size in new[] { Landscape, SmallLandscape, Portrait })
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
            // The screen as a nurse finds it when she looks up: the page at its top (pressing a control lower down may
            // have scrolled it).
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await JourneySteps.SettleAsync(page);
            string name = $"{size.Width}x{size.Height}";
            OffScreen.AddRange(await FreezeScreen.OutsideViewportAsync(page, name, size == Portrait ? FreezeScreen.PortraitParts(CriticalChannel) : FreezeScreen.LandscapeParts(CriticalChannel)));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"live-freeze-{name}.png") });
            if (size != SmallLandscape)
            {
                await CheckAsync(page, $"live freezing {name}", touch: size == Landscape);
            }
        }

        await page.SetViewportSizeAsync(Landscape.Width, Landscape.Height);
        await JourneySteps.SettleAsync(page);
        FreezeButtonBeforeAlarm = await page.GetByTestId("probe-1-freeze").BoundingBoxAsync();
        await steps.RaiseSensorAlarmAsync(channel: 3);
        FreezeButtonAfterAlarm = await page.GetByTestId("probe-1-freeze").BoundingBoxAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "live-alarm-1180x820.png") });
        await CheckAsync(page, "live alarm");

        StopButtonBeforeStop = await page.GetByTestId("emergency-stop").BoundingBoxAsync();
        await steps.EmergencyStopAsync();
        await JourneySteps.SettleAsync(page);
        StopButtonAfterStop = await page.GetByTestId("emergency-stop").BoundingBoxAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "live-estop-1180x820.png") });
        await CheckAsync(page, "live e-stop");
        await steps.ResetAndFinishAsync();

        string id = await steps.OpenReviewListAsync();
        await CheckAsync(page, "review list");
        await steps.OpenReviewDetailAsync(id);
        await CheckAsync(page, "review detail");
        await page.GotoAsync($"/review/{id}/report");
        await Assertions.Expect(page.Locator(".report")).ToBeVisibleAsync();
        await CheckAsync(page, "report", touch: false);
    }

    public Task DisposeAsync() => _console.DisposeAsync();

    private static string Screenshots
    {
        get
        {
            string path = Path.Combine(ConsolePages.Artifacts, "screenshots");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    private async Task CheckAsync(IPage page, string where, bool touch = true)
    {
        AxeViolations.AddRange(await AxeCheck.ViolationsAsync(page, where));
        if (touch)
        {
            SmallTargets.AddRange(await TouchTargets.TooSmallAsync(page, where));
        }
    }
}
