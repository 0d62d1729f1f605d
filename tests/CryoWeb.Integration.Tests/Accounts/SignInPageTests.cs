using System.Net;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Tests.Integration;

namespace CryoWeb.WebUI.Tests.Accounts;

/// <summary>The sign-in and sign-out pages as a browser uses them: forms with antiforgery tokens, on a real Kestrel.</summary>
public sealed class SignInPageTests
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task A_wrong_password_shows_the_error_and_a_right_one_goes_to_the_local_return_address()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("ada", ConsoleRole.Admin, Password);
        using var client = server.Client();

        using var wrong = await BrowserForm.PostAsync(client, "/signin?ReturnUrl=%2Fadmin%2Fusers", "signin", new() { ["userName"] = "ada", ["password"] = "not the password" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("data-testid=\"signin-error\"", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(wrong.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("cryoweb.session=", StringComparison.Ordinal));

        using var right = await BrowserForm.PostAsync(client, "/signin?ReturnUrl=%2Fadmin%2Fusers", "signin", new() { ["userName"] = "ada", ["password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/admin/users", right.Headers.Location?.OriginalString.Replace(server.BaseAddress.ToString().TrimEnd('/'), string.Empty, StringComparison.Ordinal));

        using var adminPage = await client.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, adminPage.StatusCode);
    }

    [Fact]
    public async Task A_foreign_return_address_is_replaced_by_the_console_home()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("ada", ConsoleRole.Admin, Password);
        using var client = server.Client();

        using var right = await BrowserForm.PostAsync(client, "/signin?ReturnUrl=%2F%2Fevil.example%2F", "signin", new() { ["userName"] = "ada", ["password"] = Password });

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.DoesNotContain("evil", right.Headers.Location?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_out_ends_the_session_even_for_a_copy_of_the_cookie()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("ada", ConsoleRole.Admin, Password);
        var (client, cookies) = await server.SignedInClientAsync("ada", Password);
        using (client)
        {
            string sessionCookie = cookies.GetCookieHeader(server.BaseAddress);
            using var page = await client.GetAsync("/signout");
            Assert.Contains("data-testid=\"signout\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            // Without the antiforgery token (a cross-site form) the post is refused and the session stays.
            using var forged = await client.PostAsync("/signout", new FormUrlEncodedContent([]));
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
            using var stillIn = await client.GetAsync("/api/no-such-thing");
            Assert.Equal(HttpStatusCode.NotFound, stillIn.StatusCode);

            using var signedOut = await BrowserForm.PostAsync(client, "/signout", handler: null, []);
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

            using var replay = new HttpRequestMessage(HttpMethod.Get, "/api/no-such-thing");
            replay.Headers.Add("Cookie", sessionCookie);
            using var replayed = await server.Client().SendAsync(replay);
            Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        }
    }
}
