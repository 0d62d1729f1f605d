using System.Net;
using System.Net.WebSockets;
using System.Text;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.WebUI.Live;
using CryoWeb.WebUI.Telemetry;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.WebUI.Tests.Security;

/// <summary>
/// Issue 13, critical: a page of the same site but another origin (another port of the console's host) opened the
/// telemetry hub with the Operator's cookie and froze probe 2. Here the attacker's browser is played by a client that
/// sends the Operator's cookie with a foreign <c>Origin</c>, as the browser does.
/// </summary>
public sealed class CrossOriginConnectionTests
{
    private const string Password = "a long enough test password";
    private const string Foreign = "http://127.0.0.1:1";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_websocket_to_the_hub_from_a_foreign_origin_is_refused_and_no_probe_freezes()
    {
        await using var server = await ConsoleServer.StartAsync();
        var cookies = await OperatorCookiesAsync(server);
        using var socket = Socket(cookies, Foreign);

        var status = await AttackAsync(server, socket);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        var board = server.Services.GetRequiredService<LiveStatusBoard>();
        long after = board.Current.Sequence + 5;
        Assert.True(await Eventually.HoldsAsync(() => board.Current.Sequence > after), "no frames");
        Assert.Equal(ProbeMode.Off, board.Current.Probes[1].Mode);
    }

    [Fact]
    public async Task The_consoles_own_origin_still_connects_to_the_hub()
    {
        await using var server = await ConsoleServer.StartAsync();
        var cookies = await OperatorCookiesAsync(server);
        using var socket = Socket(cookies, server.BaseAddress.GetLeftPart(UriPartial.Authority));

        await socket.ConnectAsync(HubAddress(server), CancellationToken.None).WaitAsync(Deadline);

        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Theory]
    [InlineData("/_blazor/negotiate?negotiateVersion=1")]
    [InlineData("/hubs/telemetry/negotiate?negotiateVersion=1")]
    [InlineData("/api/probes/2/mode")]
    public async Task A_post_from_a_foreign_origin_is_refused_before_it_reaches_the_endpoint(string path)
    {
        await using var server = await ConsoleServer.StartAsync();
        var cookies = await OperatorCookiesAsync(server);
        using var client = server.Client(cookies);

        using var foreign = await PostAsync(client, path, Foreign);
        using var nullOrigin = await PostAsync(client, path, "null");
        using var own = await PostAsync(client, path, server.BaseAddress.GetLeftPart(UriPartial.Authority));

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, nullOrigin.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, own.StatusCode);
    }

    [Fact]
    public async Task A_configured_origin_of_a_reverse_proxy_may_connect()
    {
        await using var server = await ConsoleServer.StartAsync("--ConnectionOrigins:Allowed:0", "https://cryo-or3.chu.example");
        var cookies = await OperatorCookiesAsync(server);
        using var client = server.Client(cookies);

        using var proxied = await PostAsync(client, "/hubs/telemetry/negotiate?negotiateVersion=1", "https://cryo-or3.chu.example");
        using var otherPort = await PostAsync(client, "/hubs/telemetry/negotiate?negotiateVersion=1", "https://cryo-or3.chu.example:8443");

        Assert.Equal(HttpStatusCode.OK, proxied.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherPort.StatusCode);
    }

    private static async Task<CookieContainer> OperatorCookiesAsync(ConsoleServer server)
    {
        await server.AddUserAsync("olivia", ConsoleRole.Operator, Password);
        var (client, cookies) = await server.SignedInClientAsync("olivia", Password);
        client.Dispose();
        return cookies;
    }

    private static ClientWebSocket Socket(CookieContainer cookies, string origin)
    {
        var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Origin", origin);
        return socket;
    }

    private static Uri HubAddress(ConsoleServer server) =>
        new UriBuilder(new Uri(server.BaseAddress, TelemetryHub.Path)) { Scheme = "ws" }.Uri;

    /// <summary>
    /// What the attacker's page did: the SignalR handshake, then SetProbeMode(2, "Freeze", 60). Returns the status the
    /// handshake was answered with (101 when the socket opened and the attack was sent).
    /// </summary>
    private static async Task<HttpStatusCode> AttackAsync(ConsoleServer server, ClientWebSocket socket)
    {
        try
        {
            await socket.ConnectAsync(HubAddress(server), CancellationToken.None).WaitAsync(Deadline);
        }
        catch (WebSocketException)
        {
            return socket.HttpStatusCode;
        }

        const char End = '\u001e';
        await SendAsync(socket, "{\"protocol\":\"json\",\"version\":1}" + End);
        await SendAsync(socket, "{\"type\":1,\"invocationId\":\"1\",\"target\":\"SetProbeMode\",\"arguments\":[2,\"Freeze\",60]}" + End);
        var buffer = new byte[4096];
        var board = server.Services.GetRequiredService<LiveStatusBoard>();
        await Eventually.HoldsAsync(() => board.Current.Probes[1].Mode == ProbeMode.Freeze, TimeSpan.FromSeconds(3));
        _ = await socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(Deadline);
        return socket.HttpStatusCode;
    }

    private static Task SendAsync(ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(string.Empty) };
        request.Headers.Add("Origin", origin);
        return await client.SendAsync(request);
    }
}
