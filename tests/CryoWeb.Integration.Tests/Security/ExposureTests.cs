using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Https;
using CryoWeb.WebUI.Tests.Https;

namespace CryoWeb.WebUI.Tests.Security;

/// <summary>
/// Issue 13, an attacker on the hospital LAN: /healthz, /metrics and /api/openapi.json tell strangers nothing about
/// the procedure, the alarms or the viewers, while the installer and the bench scripts on the console itself (loopback)
/// still read them; a foreign Host header is refused (400) before any redirect could carry it.
/// </summary>
public sealed class ExposureTests
{
    private const string ScrapeToken = "a-scrape-token-of-at-least-32-characters-0123456789";

    [Fact]
    public async Task Healthz_tells_an_anonymous_lan_caller_the_status_only()
    {
        await using var console = await ExposureConsole.StartAsync();
        using var lan = console.Client(fromLan: true);

        var body = await HealthzAsync(lan);

        Assert.Equal(["status"], body.EnumerateObject().Select(p => p.Name));
        Assert.Contains(body.GetProperty("status").GetString(), new[] { "Healthy", "Degraded", "Unhealthy" });
    }

    [Fact]
    public async Task Healthz_details_answer_loopback_callers_and_signed_in_staff_on_the_lan()
    {
        await using var console = await ExposureConsole.StartAsync();
        using var loopback = console.Client(fromLan: false);
        using var supervisor = await console.SignedInAsync("sam", ConsoleRole.Supervisor, fromLan: true);
        using var reviewer = await console.SignedInAsync("rita", ConsoleRole.Reviewer, fromLan: true);

        // The installer (deploy/install.sh) asks https://localhost/healthz for procedureRunning before switching a release.
        var local = await HealthzAsync(loopback);
        Assert.False(local.GetProperty("procedureRunning").GetBoolean());
        Assert.True(local.GetProperty("checks").TryGetProperty("control-loop", out _));

        var staff = await HealthzAsync(supervisor);
        Assert.True(staff.TryGetProperty("procedureRunning", out _), staff.ToString());
        Assert.True(staff.GetProperty("checks").TryGetProperty("hardware", out _));

        // A Reviewer does not watch the live console, so the console's state is not theirs to see here either.
        Assert.Equal(["status"], (await HealthzAsync(reviewer)).EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Metrics_refuse_a_lan_caller_without_the_scrape_token()
    {
        await using var console = await ExposureConsole.StartAsync("--Metrics:ScrapeToken", ScrapeToken);
        using var lan = console.Client(fromLan: true);
        using var supervisor = await console.SignedInAsync("sam", ConsoleRole.Supervisor, fromLan: true);

        using (var bare = await lan.GetAsync("/metrics"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, bare.StatusCode);
            Assert.DoesNotContain("cryoweb_", await bare.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await ScrapeAsync(lan, ScrapeToken[..^1] + "X")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ScrapeAsync(lan, ScrapeToken + "0")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await supervisor.GetAsync("/metrics")).StatusCode);

        using var scraped = await ScrapeAsync(lan, ScrapeToken);
        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        Assert.Contains("cryoweb_alarms_active", await scraped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_answer_loopback_and_the_configured_prometheus_network_without_a_token()
    {
        await using var console = await ExposureConsole.StartAsync("--Metrics:AllowedNetworks:0", "192.0.2.0/28");
        using var loopback = console.Client(fromLan: false);
        using var prometheus = console.Client(fromLan: true);
        using var elsewhere = console.Client(fromLan: false);
        elsewhere.DefaultRequestHeaders.Add(ExposureConsole.LanHeader, "198.51.100.7");

        Assert.Equal(HttpStatusCode.OK, (await loopback.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await prometheus.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/metrics")).StatusCode);
    }

    [Theory]
    [InlineData("Metrics:AllowedNetworks:0", "10.1.2.0/33", "Metrics:AllowedNetworks")]
    [InlineData("Metrics:AllowedNetworks:0", "the lab", "Metrics:AllowedNetworks")]
    [InlineData("Metrics:ScrapeToken", "short", "Metrics:ScrapeToken")]
    public async Task A_bad_metrics_setting_stops_start_up_naming_it(string key, string value, string named)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(async () => await (await ExposureConsole.StartAsync($"--{key}", value)).DisposeAsync());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_needs_a_signed_in_user()
    {
        await using var console = await ExposureConsole.StartAsync();
        using var lan = console.Client(fromLan: true);
        using var reviewer = await console.SignedInAsync("rita", ConsoleRole.Reviewer, fromLan: true);

        Assert.Equal(HttpStatusCode.Unauthorized, (await lan.GetAsync("/api/openapi.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/api/openapi.json")).StatusCode);
    }

    [Fact]
    public async Task A_foreign_host_header_gets_400_and_never_reaches_the_sign_in_redirect()
    {
        await using var console = await ExposureConsole.StartAsync();
        using var client = console.Client(fromLan: true);

        using (var foreign = await GetWithHostAsync(client, new Uri(console.BaseAddress, "/review"), "evil.example"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
            Assert.Null(foreign.Headers.Location);
        }

        using var own = await GetWithHostAsync(client, new Uri(console.BaseAddress, "/review"), console.BaseAddress.Authority);
        Assert.True(own.Headers.Location is not null, $"{(int)own.StatusCode} without a Location");
        Assert.Equal(console.BaseAddress.Authority, own.Headers.Location.Authority);
    }

    [Fact]
    public async Task Over_https_the_names_in_the_certificate_are_the_allowed_hosts_and_a_foreign_host_is_not_redirected()
    {
        string folder = Directory.CreateTempSubdirectory("cryoweb-exposure-tls-").FullName;
        try
        {
            using var certificate = TestCertificate.CreateCurrent("cryoweb.example", 30, "cryoweb.example");
            TestCertificate.WritePem(certificate, Path.Combine(folder, "tls.crt"), Path.Combine(folder, "tls.key"));
            await using var console = await ExposureConsole.StartAsync(
                "--urls", "https://127.0.0.1:0;http://127.0.0.1:0",
                $"--{HttpsSetup.CertificatePathKey}", Path.Combine(folder, "tls.crt"),
                $"--{HttpsSetup.KeyPathKey}", Path.Combine(folder, "tls.key"));
            var http = console.Addresses.Single(a => a.Scheme == "http");
            using var client = console.Client(fromLan: true);

            using (var foreign = await GetWithHostAsync(client, new Uri(http, "/healthz"), $"evil.example:{http.Port}"))
            {
                Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
                Assert.Null(foreign.Headers.Location);
            }

            using (var named = await GetWithHostAsync(client, new Uri(http, "/healthz"), $"cryoweb.example:{http.Port}"))
            {
                Assert.Equal(HttpStatusCode.PermanentRedirect, named.StatusCode);
                Assert.Equal("cryoweb.example", named.Headers.Location!.Host);
            }

            // The kiosk on the console itself asks for https://localhost.
            using var kiosk = await GetWithHostAsync(client, new Uri(http, "/healthz"), $"localhost:{http.Port}");
            Assert.Equal(HttpStatusCode.PermanentRedirect, kiosk.StatusCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<JsonElement> HealthzAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/healthz");
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<HttpResponseMessage> ScrapeAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> GetWithHostAsync(HttpClient client, Uri address, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Host = host;
        return await client.SendAsync(request);
    }
}
