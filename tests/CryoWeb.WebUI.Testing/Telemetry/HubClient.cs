using System.Net;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Telemetry;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.AspNetCore.SignalR.Client;

namespace CryoWeb.WebUI.Tests.Telemetry;

/// <summary>.NET SignalR clients of /hubs/telemetry on the real Kestrel harness.</summary>
internal static class HubClient
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    /// <summary>Adds a user with <paramref name="role"/>, signs in and connects as them.</summary>
    public static async Task<HubConnection> ConnectAsync(ConsoleServer server, string user, ConsoleRole role)
    {
        const string Password = "a long enough test password";
        await server.AddUserAsync(user, role, Password);
        var (client, cookies) = await server.SignedInClientAsync(user, Password);
        client.Dispose();
        var connection = Build(server, cookies);
        await connection.StartAsync().WaitAsync(Deadline);
        return connection;
    }

    public static HubConnection Build(ConsoleServer server, CookieContainer? cookies) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, TelemetryHub.Path), o =>
            {
                if (cookies is not null)
                {
                    o.Cookies = cookies;
                }
            })
            .Build();

    /// <summary>Polls <paramref name="condition"/> until it holds or the deadline passes (a real server runs in real time).</summary>
    public static Task<bool> EventuallyAsync(Func<bool> condition) => Eventually.HoldsAsync(condition, Deadline);
}
