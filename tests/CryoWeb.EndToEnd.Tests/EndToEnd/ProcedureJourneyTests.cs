using System.Globalization;
using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.EndToEnd;

/// <summary>
/// The whole console as OR staff use it, in headless Debian Chromium against `dotnet run` on the simulator: sign in,
/// set up a procedure, freeze, watch the tip curve pass −100 °C, acknowledge an injected alarm, supervise read-only,
/// review and export. One journey, because each step needs the state the previous one made.
/// </summary>
public sealed class ProcedureJourneyTests(ConsoleProcess console) : IClassFixture<ConsoleProcess>
{
    private static readonly ViewportSize Tablet = new() { Width = 1280, Height = 800 };

    [Fact]
    public async Task Sign_in_set_up_freeze_acknowledge_supervise_and_export()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);

        // Operator signs in and sets up a procedure on probe 1.
        var operatorContext = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Tablet, BaseURL = console.BaseAddress.ToString(), AcceptDownloads = true });
        var page = await operatorContext.NewPageAsync();
        await ConsolePages.SignInAsync(page, "olivia");
        await page.GotoAsync("/setup");
        await Expect(page.GetByTestId("setup-form")).ToHaveAttributeAsync("data-interactive", "true");
        await page.GetByTestId("setup-label").FillAsync("E2E liver 7");
        await page.GetByTestId("setup-organ").FillAsync("Liver");
        await page.GetByTestId("setup-probe-1").CheckAsync();
        await page.GetByTestId("setup-sensor-3").CheckAsync(); // the live page shows only the procedure's sensors
        await page.GetByTestId("setup-start").ClickAsync();
        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == "/", new PageWaitForURLOptions { Timeout = 15_000 });
        await Expect(page.GetByTestId("live-page")).ToHaveAttributeAsync("data-interactive", "true");

        // Freeze at full power (a dangerous action: it asks first).
        await page.GetByTestId("probe-1-freeze").ClickAsync();
        await page.GetByTestId("confirm-yes").ClickAsync();
        await Expect(page.GetByTestId("probe-1-mode")).ToContainTextAsync("Freeze");

        // The tip curve drawn by the chart module passes −100 °C (the simulator's tip reaches it in ~10 s).
        var chart = page.GetByTestId("live-chart");
        await WaitForAsync(() => ChartMinAsync(chart, "Probe 1 tip"), min => min < -100, "the live chart's Probe 1 tip curve to pass -100 C");
        // The tile redraws at most 4 times a second and may trail the chart by a refresh: it follows, not leads.
        await WaitForAsync(async () => ParseCelsius(await page.GetByTestId("probe-1-tip").InnerTextAsync()), tip => tip < -100, "the probe 1 tile to pass -100 C");

        // An injected sensor fault raises an alarm that the operator acknowledges.
        await InjectFaultAsync(playwright, new { kind = "open-thermocouple", channel = 3 });
        var ack = page.Locator("button[data-testid^='alarm-ack-']").First;
        await ack.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        string alarmId = (await ack.GetAttributeAsync("data-testid"))!["alarm-ack-".Length..];
        await ack.ClickAsync();
        await Expect(page.GetByTestId($"alarm-ack-by-{alarmId}")).ToContainTextAsync("olivia");
        await Expect(page.GetByTestId("sensor-tile-3")).ToHaveAttributeAsync("data-band", "Faulted");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ConsolePages.Artifacts, "live-tablet-landscape.png") });

        // A Supervisor elsewhere sees the same curve and no controls.
        var supervisorContext = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 800, Height = 1280 }, BaseURL = console.BaseAddress.ToString() });
        var watcher = await supervisorContext.NewPageAsync();
        await ConsolePages.SignInAsync(watcher, "sam");
        await Expect(watcher.GetByTestId("readonly-badge")).ToBeVisibleAsync();
        await WaitForAsync(() => ChartMinAsync(watcher.GetByTestId("live-chart"), "Probe 1 tip"), min => min < -100, "the supervisor's chart to show the frozen tip");
        Assert.Equal(0, await watcher.GetByTestId("probe-1-freeze").CountAsync());
        Assert.Equal(0, await watcher.GetByTestId("emergency-stop").CountAsync());
        Assert.Equal(0, await watcher.Locator("button[data-testid^='alarm-ack-']").CountAsync());
        await watcher.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ConsolePages.Artifacts, "supervision-tablet-portrait.png") });

        // Stop, finish, review and export the CSV.
        await page.GetByTestId("probe-1-stop").ClickAsync();
        await Expect(page.GetByTestId("probe-1-mode")).ToContainTextAsync("Off");
        await page.GetByTestId("finish-procedure").ClickAsync();
        await page.GetByTestId("confirm-yes").ClickAsync();
        await page.GotoAsync("/review");
        var row = page.GetByTestId("procedure-row").Filter(new LocatorFilterOptions { HasText = "E2E liver 7" });
        await row.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "E2E liver 7" }).ClickAsync();
        await Expect(page.GetByTestId("export-csv")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("review-chart")).ToHaveAttributeAsync("data-state", "ready");
        Assert.Equal(1, await page.Locator("[data-testid='review-chart'] canvas").CountAsync());
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-csv").ClickAsync());
        string csvPath = Path.Combine(ConsolePages.Artifacts, "e2e-samples.csv");
        await download.SaveAsAsync(csvPath);
        string[] lines = await File.ReadAllLinesAsync(csvPath);
        Assert.Contains("Probe 1 tip", lines[0], StringComparison.Ordinal);
        int tipColumn = Array.IndexOf(lines[0].Split(','), lines[0].Split(',').First(c => c.Contains("Probe 1 tip", StringComparison.Ordinal)));
        Assert.Contains(lines.Skip(1), l => l.Split(',')[tipColumn] is { Length: > 0 } v && double.Parse(v, CultureInfo.InvariantCulture) < -100);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ConsolePages.Artifacts, "review-desktop.png"), FullPage = true });
    }

    /// <summary>What a test rig on the bench does: an Admin injects a simulator fault through the API.</summary>
    private async Task InjectFaultAsync(IPlaywright playwright, object fault)
    {
        await using var api = await playwright.APIRequest.NewContextAsync(new APIRequestNewContextOptions { BaseURL = console.BaseAddress.ToString() });
        var signIn = await api.PostAsync("/api/signin", new APIRequestContextOptions { DataObject = new { userName = "ada", password = ConsoleProcess.Password } });
        Assert.Equal(204, signIn.Status);
        var injected = await api.PostAsync("/api/simulator/faults", new APIRequestContextOptions { DataObject = fault });
        Assert.True(injected.Ok, $"fault injection answered {injected.Status}: {await injected.TextAsync()}");
    }


    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);


    private static async Task<double> ChartMinAsync(ILocator chart, string label) =>
        await chart.EvaluateAsync<double?>("(e, label) => e.cryowebChart ? e.cryowebChart.minValue(label) : null", label) ?? double.NaN;

    private static double ParseCelsius(string text) =>
        double.Parse(new string([.. text.Where(c => char.IsDigit(c) || c is '-' or '.' or '\u2212')]).Replace('\u2212', '-'), CultureInfo.InvariantCulture);

    private static async Task WaitForAsync(Func<Task<double>> read, Func<double, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        double last = double.NaN;
        while (DateTime.UtcNow < deadline)
        {
            last = await read();
            if (done(last))
            {
                return;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"waited 60 s for {what}; last value {last}");
    }
}
