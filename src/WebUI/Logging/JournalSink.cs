using System.Net.Sockets;

namespace CryoWeb.WebUI.Logging;

/// <summary>
/// The datagram socket to journald (<c>/run/systemd/journal/socket</c>). A record that cannot be sent (journald
/// restarting, a record too large for one datagram) goes to standard error instead, so nothing is lost silently.
/// </summary>
public sealed class JournalSink : IDisposable
{
    public const string DefaultSocketPath = "/run/systemd/journal/socket";

    private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
    private readonly UnixDomainSocketEndPoint _journal;
    private readonly TextWriter _fallback;

    public JournalSink(string socketPath, string identifier, TextWriter fallback)
    {
        _journal = new UnixDomainSocketEndPoint(socketPath);
        Identifier = identifier;
        _fallback = fallback;
    }

    public string Identifier { get; }

    /// <summary>Records that could not be sent and went to the fallback writer.</summary>
    public long FellBack => Interlocked.Read(ref _fellBack);

    private long _fellBack;

    public void Send(JournalEntry entry, string message)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            _socket.SendTo(entry.Bytes.Span, SocketFlags.None, _journal);
        }
        catch (SocketException e)
        {
            Interlocked.Increment(ref _fellBack);
            lock (_fallback)
            {
                _fallback.WriteLine($"{Identifier}: (journal unavailable: {e.SocketErrorCode}) {message}");
            }
        }
    }

    public void Dispose() => _socket.Dispose();
}
