using System.Net;
using System.Net.Sockets;
using CryoWeb.WebUI.Tests.Integration;

namespace CryoWeb.WebUI.Tests.Security;

/// <summary>
/// A client whose connections come from another loopback address (127.0.0.2, ...), so the console sees another host
/// than its own kiosk (127.0.0.1) while all traffic stays on this machine.
/// </summary>
internal static class SignInLoopbackClient
{
    public static HttpClient From(ConsoleServer server, string local)
    {
        var source = IPAddress.Parse(local);
        Assert.True(IPAddress.IsLoopback(source), "attack tests talk on loopback only");
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, token) =>
            {
                var target = IPAddress.Parse(context.DnsEndPoint.Host);
                Assert.True(IPAddress.IsLoopback(target), "attack tests talk to loopback only");
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(target, context.DnsEndPoint.Port, token);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
            UseCookies = false,
        };
        return new HttpClient(handler) { BaseAddress = server.BaseAddress };
    }
}
