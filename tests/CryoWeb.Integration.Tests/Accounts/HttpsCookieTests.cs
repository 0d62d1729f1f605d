using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Tests.Https;
using CryoWeb.WebUI.Tests.Integration;

namespace CryoWeb.WebUI.Tests.Accounts;

/// <summary>Served over HTTPS (as installed, issue 6), the sign-in cookie is also Secure: a browser never sends it in clear.</summary>
public sealed class HttpsCookieTests
{
    private const string Password = "a long enough test password";

    [Fact]
    public async Task Over_https_the_sign_in_cookie_is_secure_http_only_and_same_site_strict()
    {
        string folder = Path.Combine(Path.GetTempPath(), "cryoweb-tls-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using var certificate = TestCertificate.CreateCurrent("cryoweb-test", 1);
            string pfx = Path.Combine(folder, "console.pfx");
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pfx password"));
            await using var server = await ConsoleServer.StartAsync(
                "--urls", "https://127.0.0.1:0",
                "--Kestrel:Certificates:Default:Path", pfx,
                "--Kestrel:Certificates:Default:Password", "pfx password");
            Assert.Equal("https", server.BaseAddress.Scheme);
            await server.AddUserAsync("olivia", ConsoleRole.Operator, Password);
            using var handler = new HttpClientHandler
            {
                CookieContainer = new CookieContainer(),
                ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint,
            };
            using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress };

            using var response = await client.PostAsJsonAsync("/api/signin", new { userName = "olivia", password = Password });

            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            string cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cryoweb.session=", StringComparison.Ordinal));
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
            using var status = await client.GetAsync("/api/status");
            Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
