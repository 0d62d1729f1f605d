using Microsoft.Playwright;

namespace CryoWeb.Bench.Harness;

/// <summary>Debian's headless Chromium (/usr/bin/chromium, installed by scripts/test.sh) with a signed-in context.</summary>
public sealed class BenchBrowser : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BenchBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<BenchBrowser> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: run ./scripts/test.sh once (it installs Debian's chromium).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new BenchBrowser(playwright, browser);
    }

    /// <summary>A new context (its own cookies) signed in as <paramref name="userName"/>, tablet-sized.</summary>
    public async Task<IBrowserContext> SignedInContextAsync(Uri baseAddress, string userName)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var context = await _browser.NewContextAsync(new() { BaseURL = baseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 800 } });
        var signIn = await context.APIRequest.PostAsync("/api/signin", new() { DataObject = new { userName, password = ConsoleUnderTest.Password } });
        if (!signIn.Ok)
        {
            throw new InvalidOperationException($"sign-in of {userName} answered {signIn.Status}");
        }

        return context;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
