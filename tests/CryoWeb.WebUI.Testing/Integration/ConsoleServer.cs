using System.Net;
using System.Net.Http.Json;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.WebUI.Tests.Integration;

/// <summary>
/// The whole console (simulated plant, controller, web) on a real Kestrel at 127.0.0.1 on a free port, with its own
/// temporary database. Dispose stops it and deletes the database.
/// </summary>
public sealed class ConsoleServer : IAsyncDisposable
{
    private readonly string _directory;

    private ConsoleServer(WebApplication app, string directory, IReadOnlyList<Uri> addresses)
    {
        App = app;
        _directory = directory;
        Addresses = addresses;
        BaseAddress = addresses[0];
    }

    public WebApplication App { get; }

    /// <summary>The first address the console listens on (the first of --urls).</summary>
    public Uri BaseAddress { get; }

    /// <summary>Every address the console listens on, with the ports Kestrel chose.</summary>
    public IReadOnlyList<Uri> Addresses { get; }

    public IServiceProvider Services => App.Services;

    public static async Task<ConsoleServer> StartAsync(params string[] extraArgs)
    {
        string directory = Path.Combine(Path.GetTempPath(), "cryoweb-it-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        string[] args = ["--urls", "http://127.0.0.1:0", "--Storage:DatabasePath", Path.Combine(directory, "cryoweb.db"), "--Logging:LogLevel:Default", "Warning", .. extraArgs];
        var app = ConsoleHost.Build(args);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new ConsoleServer(app, directory, [.. addresses.Select(a => new Uri(a))]);
    }

    /// <summary>Stores a user directly (as the CLI would) and waits until it is committed.</summary>
    /// <summary>Creates and starts a procedure on both probes as an Operator (gas flows only inside one); returns its id.</summary>
    /// <param name="sensors">The sensors in use (the live page shows only these while the procedure runs).</param>
    public async Task<Guid> StartProcedureAsync(string label = "Case 1", IReadOnlyList<CryoWeb.Controller.Setup.SensorSetup>? sensors = null)
    {
        var procedures = Services.GetRequiredService<CryoWeb.Controller.Procedures.ProcedureService>();
        var caller = new Caller("test-operator", ConsoleRole.Operator, "127.0.0.1");
        var (created, procedure) = await procedures.CreateAsync(caller, new CryoWeb.Controller.Setup.ProcedureSetup(label, "kidney", [1, 2], sensors ?? []));
        Assert.True(created.Accepted, created.Reason);
        var started = await procedures.StartAsync(caller, procedure!.Id).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(started.Accepted, started.Reason);
        return procedure.Id;
    }

    public async Task AddUserAsync(string userName, ConsoleRole role, string password)
    {
        var store = Services.GetRequiredService<ProcedureStore>();
        var user = new UserRecord { UserName = userName, DisplayName = userName, Role = role.ToString(), PasswordHash = "" };
        store.SaveUser(user with { PasswordHash = new PasswordHasher<UserRecord>().HashPassword(user, password) });
        Assert.True(await store.FlushAsync(), "the user was not committed");
    }

    /// <summary>A client with its own cookie jar, not signed in.</summary>
    public HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    /// <summary>A client signed in through POST /api/signin; fails the test when sign-in is refused.</summary>
    public async Task<(HttpClient Client, CookieContainer Cookies)> SignedInClientAsync(string userName, string password)
    {
        var cookies = new CookieContainer();
        var client = Client(cookies);
        using var response = await client.PostAsJsonAsync("/api/signin", new { userName, password });
        Assert.True(response.IsSuccessStatusCode, $"sign-in as {userName} answered {(int)response.StatusCode}");
        return (client, cookies);
    }

    /// <summary>A bearer token from POST /api/token, as a script gets one; fails the test when refused.</summary>
    public async Task<string> BearerTokenAsync(string userName, string password)
    {
        using var client = Client();
        using var response = await client.PostAsJsonAsync("/api/token", new { userName, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying thread: the OS cleans the temp folder.
        }
    }
}
