using System.Net.Sockets;
using System.Text;

namespace CryoWeb.WebUI.Tests.Deployment;

/// <summary>
/// A bound Unix datagram socket that keeps receiving on its own thread (a sender must never block on a full queue),
/// as systemd's notify socket or journald's socket would: every datagram is kept, in order.
/// </summary>
internal sealed class DatagramCollector : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
    private readonly List<byte[]> _received = [];
    private readonly Thread _thread;

    public DatagramCollector(string path)
    {
        Path = path;
        _socket.Bind(new UnixDomainSocketEndPoint(path));
        _thread = new Thread(Receive) { IsBackground = true, Name = "datagram collector " + System.IO.Path.GetFileName(path) };
        _thread.Start();
    }

    public string Path { get; }

    public IReadOnlyList<byte[]> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Every datagram as UTF-8 text (the notify protocol: <c>READY=1</c>, <c>WATCHDOG=1</c>, ...).</summary>
    public IReadOnlyList<string> Texts => [.. Received.Select(d => Encoding.UTF8.GetString(d))];

    /// <summary>Waits (polling, with a deadline) until <paramref name="condition"/> holds over what was received.</summary>
    public async Task<bool> WaitForAsync(Func<IReadOnlyList<byte[]>, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition(Received))
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }

    private void Receive()
    {
        byte[] buffer = new byte[256 * 1024];
        try
        {
            while (true)
            {
                int length = _socket.Receive(buffer);
                lock (_received)
                {
                    _received.Add(buffer[..length]);
                }
            }
        }
        catch (SocketException)
        {
            // Disposed.
        }
        catch (ObjectDisposedException)
        {
            // Disposed.
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _thread.Join(TimeSpan.FromSeconds(5));
    }
}
