using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Probes;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.WebUI.Tests.Api;

/// <summary>
/// A whole console on a real Kestrel with one signed-in client per role (user names are the role in lower case) and
/// an anonymous one, plus the helpers the API tests share: JSON posts, status reads, polling with a deadline.
/// </summary>
public sealed class ApiConsole : IAsyncDisposable
{
    public const string Password = "correct horse battery staple";
    private readonly Dictionary<ConsoleRole, HttpClient> _clients;

    private ApiConsole(ConsoleServer server, Dictionary<ConsoleRole, HttpClient> clients, HttpClient anonymous)
    {
        Server = server;
        _clients = clients;
        Anonymous = anonymous;
    }

    public ConsoleServer Server { get; }

    public HttpClient Anonymous { get; }

    internal ControlCore Core => Server.Services.GetRequiredService<ControlCore>();

    public static async Task<ApiConsole> StartAsync(params string[] extraArgs)
    {
        var server = await ConsoleServer.StartAsync(extraArgs);
        var clients = new Dictionary<ConsoleRole, HttpClient>();
        foreach (var role in Enum.GetValues<ConsoleRole>())
        {
            string name = role.ToString().ToLowerInvariant();
            await server.AddUserAsync(name, role, Password);
            clients[role] = (await server.SignedInClientAsync(name, Password)).Client;
        }

        return new ApiConsole(server, clients, server.Client());
    }

    public HttpClient As(ConsoleRole? role) => role is ConsoleRole r ? _clients[r] : Anonymous;

    /// <summary>A body with Content-Type: application/json (empty when <paramref name="json"/> is null).</summary>
    public static HttpContent Json(string? json)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json ?? string.Empty));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? json = null, bool asJson = true)
    {
        using var request = new HttpRequestMessage(method, path) { Content = asJson ? Json(json) : null };

        // A body over the console's limit is answered 413 from its declared length, unread, and the connection closed:
        // ask first (Expect: 100-continue), as a careful client does, so the answer is read rather than a broken pipe.
        request.Headers.ExpectContinue = json is { Length: > 32 * 1024 };
        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string? json = null) => SendAsync(client, HttpMethod.Post, path, json);

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>POSTs as an Operator and fails the test unless it answers 200.</summary>
    public async Task<JsonElement> CommandAsync(string path, string? json = null, ConsoleRole role = ConsoleRole.Operator)
    {
        using var response = await PostAsync(As(role), path, json);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {path} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Creates and starts a procedure on both probes as an Operator (gas flows only inside one); returns its id.</summary>
    public async Task<string> StartProcedureAsync(string label = "Case 1")
    {
        var created = await CommandAsync("/api/procedures", $$"""{"label":"{{label}}","organ":"kidney","probesInUse":[1,2],"sensors":[]}""");
        string id = created.GetProperty("procedureId").GetString()!;
        await CommandAsync($"/api/procedures/{id}/start");
        return id;
    }

    public async Task<JsonElement> StatusAsync(ConsoleRole role = ConsoleRole.Supervisor)
    {
        using var response = await As(role).GetAsync("/api/status");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadJsonAsync(response);
    }

    /// <summary>Reads /api/status until <paramref name="condition"/> holds (the status follows the 10 Hz frames), or fails.</summary>
    public Task<JsonElement> WaitForStatusAsync(Func<JsonElement, bool> condition, string what, double seconds = 10) =>
        EventuallyAsync(() => StatusAsync(), condition, what, seconds);

    /// <summary>Reads until <paramref name="condition"/> holds, every 50 ms, or fails naming <paramref name="what"/> and the last value.</summary>
    public static async Task<JsonElement> EventuallyAsync(Func<Task<JsonElement>> read, Func<JsonElement, bool> condition, string what, double seconds = 10)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        JsonElement last;
        do
        {
            last = await read();
            if (condition(last))
            {
                return last;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"within {seconds} s: {what}; last: {last}");
        return last;
    }

    /// <summary>Nothing has changed in the plant: no emergency stop, every probe off, no protocol.</summary>
    public void AssertUntouched()
    {
        Assert.False(Core.EmergencyStopLatched, "the emergency stop was latched");
        Assert.All(Core.Probes, p => Assert.Equal(ProbeMode.Off, p.Mode));
        Assert.All(Core.Protocols, r => Assert.False(r.IsActive, "a protocol was started"));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        Anonymous.Dispose();
        await Server.DisposeAsync();
    }
}
