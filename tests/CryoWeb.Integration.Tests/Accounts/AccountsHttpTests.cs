using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Accounts;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.WebUI.Tests.Accounts;

/// <summary>Sign-in, tokens, lockout and the set-up link over HTTP on a real Kestrel.</summary>
public sealed class AccountsHttpTests
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site_strict()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("olivia", ConsoleRole.Operator, Password);
        using var client = server.Client();

        using var response = await client.PostAsJsonAsync("/api/signin", new { userName = "olivia", password = Password });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        string cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cryoweb.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_bearer_token_grants_api_access_by_role_and_a_wrong_password_gets_401()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("ada", ConsoleRole.Admin, Password);
        await server.AddUserAsync("olivia", ConsoleRole.Operator, Password);
        using var client = server.Client();

        using var wrong = await client.PostAsJsonAsync("/api/token", new { userName = "ada", password = "not the password" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        using var anonymous = await client.GetAsync("/api/no-such-thing");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var admin = await Get(client, await server.BearerTokenAsync("ada", Password), "/admin/users");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        using var authenticated = await Get(client, await server.BearerTokenAsync("ada", Password), "/api/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, authenticated.StatusCode);

        using var operatorOnAdmin = await Get(client, await server.BearerTokenAsync("olivia", Password), "/admin/users");
        Assert.NotEqual(HttpStatusCode.OK, operatorOnAdmin.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_over_http_with_the_same_answer_as_an_unknown_name()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("olivia", ConsoleRole.Operator, Password);

        // From another host than the console's own kiosk (127.0.0.1), which is never locked.
        using var client = Security.SignInLoopbackClient.From(server, "127.0.0.2");

        for (int i = 0; i < 5; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/signin", new { userName = "olivia", password = "not the password" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var locked = await client.PostAsJsonAsync("/api/signin", new { userName = "olivia", password = Password });
        using var unknown = await client.PostAsJsonAsync("/api/signin", new { userName = "nobody", password = Password });
        using var lockedToken = await client.PostAsJsonAsync("/api/token", new { userName = "olivia", password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, lockedToken.StatusCode);
        Assert.Equal(await ProblemTextAsync(unknown), await ProblemTextAsync(locked));
    }

    /// <summary>The problem body without its per-request trace id: what a caller could compare.</summary>
    private static async Task<string> ProblemTextAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return string.Join('|', json.RootElement.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}"));
    }

    [Fact]
    public async Task Disabling_a_user_ends_its_cookie_session_at_once()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("ada", ConsoleRole.Admin, Password);
        await server.AddUserAsync("olivia", ConsoleRole.Operator, Password);
        var (client, _) = await server.SignedInClientAsync("olivia", Password);
        using (client)
        {
            using var before = await client.GetAsync("/api/no-such-thing");
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);

            var outcome = await server.Services.GetRequiredService<UserDirectory>().SetEnabledAsync(new Caller("ada", ConsoleRole.Admin, "test"), "olivia", false);
            Assert.True(outcome.Accepted, outcome.Reason);

            using var after = await client.GetAsync("/api/no-such-thing");
            Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        }
    }

    [Fact]
    public async Task The_set_up_link_creates_the_first_admin_once()
    {
        await using var server = await ConsoleServer.StartAsync();
        string token = server.Services.GetRequiredService<SetupLink>().Token;
        using var client = server.Client();

        using var wrongToken = await client.GetAsync("/setup-admin?token=00000000000000000000000000000000");
        Assert.Contains("data-testid=\"setup-admin-error\"", await wrongToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var form = await client.GetAsync($"/setup-admin?token={token}");
        string html = await form.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"setup-admin-submit\"", html, StringComparison.Ordinal);

        using var created = await PostSetup(client, token, "ada");
        Assert.Contains("data-testid=\"setup-admin-done\"", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (admin, _) = await server.SignedInClientAsync("ada", Password);
        admin.Dispose();

        using var again = await PostSetup(client, token, "mallory");
        Assert.Contains("data-testid=\"setup-admin-error\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["ada"], (await server.Services.GetRequiredService<UserDirectory>().ListAsync()).Select(u => u.UserName));
    }

    // The antiforgery token comes from the sign-in form: once the link is used the set-up page shows no form, and the
    // post must still be refused for the token, not for a missing antiforgery field.
    private static Task<HttpResponseMessage> PostSetup(HttpClient client, string token, string userName) =>
        BrowserForm.PostAsync(client, "/signin", "setup-admin", new()
        {
            ["Form.Token"] = token,
            ["Form.UserName"] = userName,
            ["Form.Password"] = Password,
        }, action: "/setup-admin");

    private static async Task<HttpResponseMessage> Get(HttpClient client, string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }
}
