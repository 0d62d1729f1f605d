using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.EndToEnd;

/// <summary>What the browser journeys share: signing in as a test user, and where screenshots and downloads go.</summary>
internal static class ConsolePages
{
    /// <summary>`artifacts/` at the repository root (made if missing): screenshots for docs/screenshots and CI.</summary>
    public static string Artifacts
    {
        get
        {
            string path = Path.Combine(RepositoryRoot.Path, "artifacts");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    public static async Task SignInAsync(IPage page, string user)
    {
        await page.GotoAsync("/signin");
        await page.Locator("input[name='userName']").FillAsync(user);
        await page.Locator("input[name='password']").FillAsync(ConsoleProcess.Password);
        await page.GetByTestId("signin-submit").ClickAsync();
        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == "/", new PageWaitForURLOptions { Timeout = 15_000 });
    }
}
