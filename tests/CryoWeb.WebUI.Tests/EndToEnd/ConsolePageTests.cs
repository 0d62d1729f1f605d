using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.EndToEnd;

/// <summary>The running console in a real headless Chromium.</summary>
public sealed class ConsolePageTests(ConsoleProcess console) : IClassFixture<ConsoleProcess>
{
    [Fact]
    public async Task The_console_opens_on_the_simulated_plant_and_lists_its_channels()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });

        var response = await page.GotoAsync(console.BaseAddress.ToString());

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.Equal("CryoWeb console", await page.TitleAsync());
        Assert.Equal("Simulated plant: 2 probe(s), 3 thermal sensor(s), 1.5 mm grid", await page.GetByTestId("plant-description").InnerTextAsync());
        var channels = await page.Locator(".channels li").AllInnerTextsAsync();
        Assert.Equal(["Probe 1 tip (probe tip)", "Probe 2 tip (probe tip)", "TS1 margin (thermal sensor)", "TS2 margin (thermal sensor)", "TS3 critical (thermal sensor)"], channels);

        // The stylesheet is served (static web assets work from a plain `dotnet run`).
        string background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(15, 23, 32)", background);
        Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, "artifacts"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryRoot.Path, "artifacts", "console-home.png") });
    }
}
