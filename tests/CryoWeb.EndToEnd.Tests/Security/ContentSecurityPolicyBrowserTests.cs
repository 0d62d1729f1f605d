using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Tests.EndToEnd;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.Security;

/// <summary>
/// The policy in a real browser: the live page (Blazor circuit, SignalR chart, uPlot) works under it without a single
/// violation, and a script injected inline into the page does not run.
/// </summary>
public sealed class ContentSecurityPolicyBrowserTests
{
    private const float Timeout = 20_000;

    // Runs before the page's own scripts (injected through DevTools, so the policy does not apply to it).
    private const string RecordViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => {
          window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
          console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI);
        });
        """;

    private const string InjectInlineScript = """
        () => {
          const script = document.createElement('script');
          script.textContent = 'window.__injectedRan = true;';
          document.body.appendChild(script);
          return window.__injectedRan === true;
        }
        """;

    [Fact]
    public async Task The_live_page_runs_under_the_policy_without_violations_and_an_injected_inline_script_is_blocked()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("vera", ConsoleRole.Operator, "vera-pass-123");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString() });
        context.SetDefaultTimeout(Timeout);
        await context.AddInitScriptAsync(RecordViolations);
        var signIn = await context.APIRequest.PostAsync("/api/signin", new() { DataObject = new { userName = "vera", password = "vera-pass-123" } });
        Assert.True(signIn.Ok, $"sign-in answered {signIn.Status}");

        var page = await context.NewPageAsync();
        var policyMessages = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("CSP violation", StringComparison.Ordinal))
            {
                lock (policyMessages)
                {
                    policyMessages.Add(message.Text);
                }
            }
        };

        var response = await page.GotoAsync("/");
        Assert.Contains("script-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("[data-testid=live-page][data-interactive=true]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=live-chart][data-state=connected]")).ToBeAttachedAsync();
        await Assertions.Expect(page.GetByTestId("probe-1-tip")).ToContainTextAsync("°C");
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__cspViolations"));
        lock (policyMessages)
        {
            Assert.Empty(policyMessages);
        }

        Assert.False(await page.EvaluateAsync<bool>(InjectInlineScript), "an inline script injected into the page ran");
        await page.WaitForFunctionAsync("() => window.__cspViolations.some(v => v.startsWith('script-src'))");
        await Assertions.Expect(page.Locator("[data-testid=live-chart][data-state=connected]")).ToBeAttachedAsync();
    }
}
