using System.Net;
using System.Net.Http.Headers;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Accounts;
using CryoWeb.WebUI.Tests.EndToEnd;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.Security;

/// <summary>
/// Issue 13: a browser without a session (the kiosk at start, a tablet whose session ended) got a bare 401 with an
/// empty body, and a user without the role a bare 403. Browsers go to the sign-in page and back after it; a user
/// without the role gets the console's own page with where they may go; scripts keep their 401/403.
/// </summary>
public sealed class SignedOutBrowserTests
{
    private const float Timeout = 20_000;
    private const string Password = "a long enough test password";

    [Fact]
    public async Task A_signed_out_browser_is_sent_to_sign_in_and_back_to_the_page_it_asked_for()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("olivia", ConsoleRole.Operator, Password);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = 1180, Height = 820 } });
        context.SetDefaultTimeout(Timeout);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/setup");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await page.Locator("input[name='userName']").FillAsync("olivia");
        await page.Locator("input[name='password']").FillAsync(Password);
        await page.GetByTestId("signin-submit").ClickAsync();

        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == "/setup");
        await Assertions.Expect(page.GetByTestId("setup-form")).ToHaveAttributeAsync("data-interactive", "true");
    }

    [Fact]
    public async Task A_reviewer_lands_on_the_review_list_and_a_supervisor_is_told_where_to_go()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("rita", ConsoleRole.Reviewer, Password);
        await server.AddUserAsync("sam", ConsoleRole.Supervisor, Password);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);

        await using (var rita = await SignedInAsync(browser, server, "rita"))
        {
            var page = await rita.NewPageAsync();
            await page.GotoAsync("/");
            Assert.Equal("/review", new Uri(page.Url).AbsolutePath);
        }

        await using var sam = await SignedInAsync(browser, server, "sam");
        var setup = await sam.NewPageAsync();
        var response = await setup.GotoAsync("/setup");
        Assert.Equal("/denied", new Uri(setup.Url).AbsolutePath);
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(setup.GetByTestId("not-allowed")).ToContainTextAsync("sam (Supervisor)");
        await setup.GetByRole(AriaRole.Link, new() { Name = "Live console" }).ClickAsync();
        await setup.WaitForURLAsync(u => new Uri(u).AbsolutePath == "/");
        await Assertions.Expect(setup.Locator("[data-testid=live-page][data-interactive=true]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Scripts_keep_their_status_codes_and_browsers_get_a_redirect()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("rita", ConsoleRole.Reviewer, Password);
        using var anonymous = server.Client();

        using var page = await anonymous.GetAsync("/");
        using var api = await anonymous.GetAsync("/api/status");
        using var badToken = new HttpRequestMessage(HttpMethod.Get, "/");
        badToken.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        using var pageWithBadToken = await anonymous.SendAsync(badToken);
        string token = await server.BearerTokenAsync("rita", Password);
        using var forbidden = new HttpRequestMessage(HttpMethod.Get, "/api/status");
        forbidden.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var reviewerOnStatus = await anonymous.SendAsync(forbidden);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/signin?ReturnUrl=%2F", page.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, pageWithBadToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reviewerOnStatus.StatusCode);
    }

    [Fact]
    public async Task A_script_whose_user_was_demoted_is_told_to_sign_in_again_401_not_403()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("olivia", ConsoleRole.Operator, Password);
        string token = await server.BearerTokenAsync("olivia", Password);
        var demoted = await server.Services.GetRequiredService<UserDirectory>()
            .ChangeRoleAsync(new Caller("root", ConsoleRole.Admin, "127.0.0.1"), "olivia", nameof(ConsoleRole.Supervisor));
        Assert.True(demoted.Accepted, demoted.Reason);
        using var client = server.Client();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/status");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var answer = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
    }

    private static async Task<IBrowserContext> SignedInAsync(IBrowser browser, ConsoleServer server, string user)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = 1180, Height = 820 } });
        context.SetDefaultTimeout(Timeout);
        var signIn = await context.APIRequest.PostAsync("/api/signin", new() { DataObject = new { userName = user, password = Password } });
        Assert.True(signIn.Ok, $"sign-in answered {signIn.Status}");
        return context;
    }
}
