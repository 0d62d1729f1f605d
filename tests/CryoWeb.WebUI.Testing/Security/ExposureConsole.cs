using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.WebUI.Tests.Security;

/// <summary>
/// A whole console on Kestrel at 127.0.0.1 where a request may pretend to come from the hospital LAN: the header
/// <see cref="LanHeader"/> makes the console see that address as the caller's (no traffic leaves this machine).
/// Without the header a request is what it is, a loopback caller (the installer, the bench scripts).
/// </summary>
public sealed class ExposureConsole : IAsyncDisposable
{
    public const string LanHeader = "X-Test-Lan-Caller";
    public const string LanAddress = "192.0.2.10";
    public const string Password = "correct horse battery staple";

    private readonly string _directory;

    private ExposureConsole(WebApplication app, string directory)
    {
        App = app;
        _directory = directory;
        Addresses = [.. app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Select(a => new Uri(a))];
    }

    public WebApplication App { get; }

    public IReadOnlyList<Uri> Addresses { get; }

    public Uri BaseAddress => Addresses[0];

    public ProcedureStore Store => App.Services.GetRequiredService<ProcedureStore>();

    public static async Task<ExposureConsole> StartAsync(params string[] extraArgs)
    {
        string directory = Path.Combine(Path.GetTempPath(), "cryoweb-exposure-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        string[] args = ["--urls", "http://127.0.0.1:0", "--Storage:DatabasePath", Path.Combine(directory, "cryoweb.db"), "--Logging:LogLevel:Default", "Warning", .. extraArgs];
        var app = ConsoleHost.Build(args, services => services.AddTransient<IStartupFilter, LanCallerFilter>());
        await app.StartAsync();
        return new ExposureConsole(app, directory);
    }

    /// <summary>A client not signed in; <paramref name="fromLan"/> makes every request look as if from <see cref="LanAddress"/>.</summary>
    public HttpClient Client(bool fromLan, CookieContainer? cookies = null, int? receiveBufferBytes = null)
    {
        var handler = new SocketsHttpHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false };
        if (receiveBufferBytes is int bytes)
        {
            // A client that stops reading: a small receive window makes the console's writes wait almost at once.
            handler.ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = bytes, NoDelay = true };
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            };
        }

        var client = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (fromLan)
        {
            client.DefaultRequestHeaders.Add(LanHeader, LanAddress);
        }

        return client;
    }

    /// <summary>Stores a user as the CLI would, signs them in and returns their client.</summary>
    public async Task<HttpClient> SignedInAsync(string userName, ConsoleRole role, bool fromLan, int? receiveBufferBytes = null)
    {
        var user = new UserRecord { UserName = userName, DisplayName = userName, Role = role.ToString(), PasswordHash = "" };
        Store.SaveUser(user with { PasswordHash = new PasswordHasher<UserRecord>().HashPassword(user, Password) });
        Assert.True(await Store.FlushAsync(), "the user was not committed");
        var client = Client(fromLan, new CookieContainer(), receiveBufferBytes);
        using var response = await client.PostAsJsonAsync("/api/signin", new { userName, password = Password });
        Assert.True(response.IsSuccessStatusCode, $"sign-in as {userName} answered {(int)response.StatusCode}");
        return client;
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

    /// <summary>First in the pipeline: a request carrying <see cref="LanHeader"/> is seen as coming from that address.</summary>
    private sealed class LanCallerFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers[LanHeader] is [{ } address])
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
