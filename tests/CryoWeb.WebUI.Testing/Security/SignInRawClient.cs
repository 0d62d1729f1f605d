using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CryoWeb.WebUI.Tests.Security;

/// <summary>
/// An attacker's HTTP/1.1 client on a raw socket (loopback only): sends a POST with a large body while it reads the
/// answer, as a flooder does; a server that answers early and closes makes the rest of the body fail to send, which is
/// ignored (HttpClient would report that as an error instead of the answer).
/// </summary>
internal static class SignInRawClient
{
    /// <summary>The status code and the body of the answer to POST <paramref name="path"/> with <paramref name="body"/>.</summary>
    public static async Task<(int Status, string Text)> PostAsync(Uri server, string path, ReadOnlyMemory<byte> body, bool chunked = false, string contentType = "application/json")
    {
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(server.Host)), "attack tests talk to loopback only");
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(server.Host, server.Port);
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        string length = chunked ? "Transfer-Encoding: chunked" : $"Content-Length: {body.Length}";
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: {contentType}\r\n{length}\r\n\r\n"));

        var sending = SendBodyAsync(stream, body, chunked);
        var answer = await ReadAnswerAsync(stream);
        socket.Shutdown(SocketShutdown.Both);
        await sending;
        return answer;
    }

    private static async Task SendBodyAsync(NetworkStream stream, ReadOnlyMemory<byte> body, bool chunked)
    {
        const int Slice = 64 * 1024;
        try
        {
            for (int at = 0; at < body.Length; at += Slice)
            {
                var part = body.Slice(at, Math.Min(Slice, body.Length - at));
                if (chunked)
                {
                    await stream.WriteAsync(Encoding.ASCII.GetBytes($"{part.Length:X}\r\n"));
                }

                await stream.WriteAsync(part);
                if (chunked)
                {
                    await stream.WriteAsync("\r\n"u8.ToArray());
                }
            }

            if (chunked)
            {
                await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // The server answered and closed: the rest of the body is not wanted.
        }
    }

    private static async Task<(int Status, string Text)> ReadAnswerAsync(NetworkStream stream)
    {
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0 && received.Length < 1024 * 1024)
        {
            received.Write(buffer, 0, read);
            string text = Encoding.UTF8.GetString(received.ToArray());
            int end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end > 0 && Complete(text, end))
            {
                break;
            }
        }

        string answer = Encoding.UTF8.GetString(received.ToArray());
        Assert.StartsWith("HTTP/1.1 ", answer, StringComparison.Ordinal);
        return (int.Parse(answer.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture), answer);
    }

    /// <summary>True when the headers and a Content-Length body (or a final chunk) have arrived.</summary>
    private static bool Complete(string text, int headersEnd)
    {
        string headers = text[..headersEnd];
        string body = text[(headersEnd + 4)..];
        var lengthLine = headers.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        return lengthLine is not null
            ? Encoding.UTF8.GetByteCount(body) >= int.Parse(lengthLine["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture)
            : body.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
    }
}
