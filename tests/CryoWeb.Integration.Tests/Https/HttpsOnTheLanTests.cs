using System.Net;
using CryoWeb.WebUI.Hosting;
using CryoWeb.WebUI.Https;
using CryoWeb.WebUI.Tests.Integration;

namespace CryoWeb.WebUI.Tests.Https;

/// <summary>
/// As installed, the console listens on https:// and http:// with a PEM certificate: plain HTTP only redirects,
/// HTTPS answers with HSTS, and an https:// address without a certificate refuses to start, saying how to give one.
/// </summary>
public sealed class HttpsOnTheLanTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cryoweb-https-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (string Certificate, string Key, string Thumbprint) WritePem()
    {
        using var certificate = TestCertificate.CreateCurrent("cryoweb.example", 30, "cryoweb.example");
        string certificatePath = Path.Combine(_folder, "tls.crt");
        string keyPath = Path.Combine(_folder, "tls.key");
        return (certificatePath, keyPath, TestCertificate.WritePem(certificate, certificatePath, keyPath));
    }

    [Fact]
    public async Task Http_redirects_to_https_and_https_answers_with_hsts_and_the_configured_certificate()
    {
        var pem = WritePem();
        await using var server = await ConsoleServer.StartAsync(
            "--urls", "https://127.0.0.1:0;http://127.0.0.1:0",
            "--Kestrel:Certificates:Default:Path", pem.Certificate,
            "--Kestrel:Certificates:Default:KeyPath", pem.Key,
            "--Https:HstsMaxAgeDays", "30");
        var https = server.Addresses.Single(a => a.Scheme == "https");
        var http = server.Addresses.Single(a => a.Scheme == "http");
        string? presented = null;
        using var handler = new HttpClientHandler
        {
            AllowAutoRedirect = false,
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => (presented = certificate?.Thumbprint) == pem.Thumbprint,
        };
        using var client = new HttpClient(handler);

        using (var plain = await client.GetAsync(new Uri(http, "/healthz?x=1")))
        {
            Assert.Equal(HttpStatusCode.PermanentRedirect, plain.StatusCode);
            Assert.Equal(new Uri(https, "/healthz?x=1"), plain.Headers.Location);
            Assert.False(plain.Headers.Contains("Strict-Transport-Security"), "HSTS is only sent over HTTPS");
        }

        // HSTS is not sent to localhost names (ASP.NET's default), so ask as the tablets do, by the console's name. The
        // sign-in page, not /healthz: health may say 503 for a moment while a loaded machine starts the console (seen in CI).
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(https, "/signin"));
        request.Headers.Host = $"cryoweb.example:{https.Port}";
        using var secure = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.Equal(pem.Thumbprint, presented);
        Assert.Equal("max-age=2592000", Assert.Single(secure.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public void An_https_address_without_a_certificate_stops_start_up_naming_both_ways_to_give_one()
    {
        var error = Assert.Throws<ServerCertificateException>(() => ConsoleHost.Build(
            ["--urls", "https://127.0.0.1:0", "--Storage:DatabasePath", Path.Combine(_folder, "cryoweb.db")]));

        Assert.Contains("Kestrel:Certificates:Default:Path", error.Message, StringComparison.Ordinal);
        Assert.Contains("cryoweb-tls.crt", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "cryoweb.db")), "nothing was started");
    }

    [Fact]
    public void An_hsts_age_out_of_range_is_named()
    {
        var pem = WritePem();

        var error = Assert.Throws<ServerCertificateException>(() => ConsoleHost.Build(
            ["--urls", "https://127.0.0.1:0", "--Kestrel:Certificates:Default:Path", pem.Certificate, "--Kestrel:Certificates:Default:KeyPath", pem.Key, "--Https:HstsMaxAgeDays", "-1"]));

        Assert.StartsWith("Https:HstsMaxAgeDays: -1", error.Message, StringComparison.Ordinal);
    }
}
