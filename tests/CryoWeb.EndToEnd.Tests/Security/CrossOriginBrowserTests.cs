using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.WebUI.Live;
using CryoWeb.WebUI.Telemetry;
using CryoWeb.WebUI.Tests.EndToEnd;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.Security;

/// <summary>
/// Issue 13's critical attack in a real browser: an Operator signed in to the console opens a page served by another
/// origin of the same site (another port of the console's host, served here by a second Kestrel).
/// That page opens the telemetry hub's WebSocket, which Chromium sends with the Operator's SameSite=Strict cookie,
/// and asks for SetProbeMode(2, "Freeze", 60). The console must refuse the handshake and probe 2 must stay off.
/// </summary>
public sealed class CrossOriginBrowserTests
{
    private const float Timeout = 20_000;

    private const string OpenHubAndFreeze = """
        target => new Promise(resolve => {
          const end = '\u001e';
          const socket = new WebSocket(target);
          let received = '';
          socket.onopen = () => {
            socket.send('{"protocol":"json","version":1}' + end);
            socket.send('{"type":1,"invocationId":"1","target":"SetProbeMode","arguments":[2,"Freeze",60]}' + end);
          };
          socket.onmessage = e => { received += e.data; if (received.includes('"invocationId":"1"')) resolve('answered: ' + received); };
          socket.onerror = () => resolve('refused');
          setTimeout(() => resolve('no answer: ' + received), 10000);
        })
        """;

    [Fact]
    public async Task A_page_of_another_origin_cannot_open_the_hub_with_the_operators_cookie()
    {
        await using var server = await ConsoleServer.StartAsync();
        await using var attacker = await AttackerSiteAsync();
        await server.AddUserAsync("olivia", ConsoleRole.Operator, "olivia-pass-123");
        await server.StartProcedureAsync(); // so only the origin check can stop the freeze
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString() });
        context.SetDefaultTimeout(Timeout);
        var signIn = await context.APIRequest.PostAsync("/api/signin", new() { DataObject = new { userName = "olivia", password = "olivia-pass-123" } });
        Assert.True(signIn.Ok, $"sign-in answered {signIn.Status}");

        var page = await context.NewPageAsync();
        await page.GotoAsync(attacker.Urls.First());
        string hub = new UriBuilder(new Uri(server.BaseAddress, TelemetryHub.Path)) { Scheme = "ws" }.Uri.ToString();
        string outcome = await page.EvaluateAsync<string>(OpenHubAndFreeze, hub);

        Assert.Equal("refused", outcome);
        var board = server.Services.GetRequiredService<LiveStatusBoard>();
        long after = board.Current.Sequence + 5;
        Assert.True(await Eventually.HoldsAsync(() => board.Current.Sequence > after), "no frames");
        Assert.Equal(ProbeMode.Off, board.Current.Probes[1].Mode);

        // The console's own page, in the same browser, still gets its live connection.
        var own = await context.NewPageAsync();
        await own.GotoAsync("/");
        await Assertions.Expect(own.Locator("[data-testid=live-chart][data-state=connected]")).ToBeAttachedAsync();
    }

    /// <summary>Another web application on the same host (same site, another origin) serving one harmless page.</summary>
    private static async Task<WebApplication> AttackerSiteAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var site = builder.Build();
        site.MapGet("/", () => Results.Content("<!doctype html><title>another application</title>", "text/html"));
        await site.StartAsync();
        return site;
    }
}
