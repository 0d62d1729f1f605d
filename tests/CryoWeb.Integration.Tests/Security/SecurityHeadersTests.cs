using System.Net;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Tests.Integration;

namespace CryoWeb.WebUI.Tests.Security;

/// <summary>Every kind of answer of the real console carries the browser hardening headers, refusals included.</summary>
public sealed class SecurityHeadersTests
{
    private static void AssertHardened(HttpResponseMessage response, string what, Uri server)
    {
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : throw new Xunit.Sdk.XunitException($"{what}: no {name} header");

        Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        string csp = Header("Content-Security-Policy");
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray());
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["style-src"]);
        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal(["'self'", $"ws://{server.Authority}", $"wss://{server.Authority}"], directives["connect-src"]);
        Assert.Equal(["'self'", "data:"], directives["img-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal(["'self'"], directives["base-uri"]);
        Assert.Equal(["'self'"], directives["form-action"]);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);

        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("DENY", Header("X-Frame-Options"));
        Assert.Equal("same-origin", Header("Referrer-Policy"));
        Assert.Equal("same-origin", Header("Cross-Origin-Opener-Policy"));
        Assert.Equal("camera=(), microphone=(), geolocation=()", Header("Permissions-Policy"));
    }

    [Fact]
    public async Task A_page_an_api_answer_a_static_file_and_a_401_all_carry_the_headers()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("olga", ConsoleRole.Operator, "olga-pass-123");
        var (client, _) = await server.SignedInClientAsync("olga", "olga-pass-123");
        using (client)
        {
            using var page = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            string html = await page.Content.ReadAsStringAsync();
            Assert.Contains("live-page", html, StringComparison.Ordinal);
            Assert.DoesNotContain("onclick=", html, StringComparison.OrdinalIgnoreCase);
            AssertHardened(page, "the live page", server.BaseAddress);

            using var api = await client.GetAsync("/api/status");
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
            AssertHardened(api, "GET /api/status", server.BaseAddress);

            using var file = await client.GetAsync("/app.css");
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            AssertHardened(file, "the static app.css", server.BaseAddress);
        }

        using var anonymous = server.Client();
        using var refused = await anonymous.GetAsync("/api/status");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        AssertHardened(refused, "a 401", server.BaseAddress);
    }
}
