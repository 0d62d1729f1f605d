using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;

namespace CryoWeb.WebUI.Tests.Logging;

/// <summary>A stand-in for journald: a bound datagram socket that parses the native protocol's entries.</summary>
internal sealed class JournalReceiver : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
    private readonly string _folder = Directory.CreateTempSubdirectory("cryoweb-journal-").FullName;

    public JournalReceiver()
    {
        SocketPath = Path.Combine(_folder, "socket");
        _socket.Bind(new UnixDomainSocketEndPoint(SocketPath));
        _socket.ReceiveTimeout = 10_000;
    }

    public string SocketPath { get; }

    /// <summary>The next entry's fields; throws (SocketException: timed out) after 10 s without one.</summary>
    public Dictionary<string, string> Next()
    {
        byte[] buffer = new byte[256 * 1024];
        int length = _socket.Receive(buffer);
        return Parse(buffer.AsSpan(0, length));
    }

    /// <summary>Parses <c>NAME=value\n</c> and <c>NAME\n&lt;u64 le length&gt;value\n</c> fields.</summary>
    public static Dictionary<string, string> Parse(ReadOnlySpan<byte> entry)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (!entry.IsEmpty)
        {
            int end = entry.IndexOfAny((byte)'=', (byte)'\n');
            string name = Encoding.ASCII.GetString(entry[..end]);
            if (entry[end] == (byte)'=')
            {
                int newline = entry[(end + 1)..].IndexOf((byte)'\n');
                fields.Add(name, Encoding.UTF8.GetString(entry.Slice(end + 1, newline)));
                entry = entry[(end + 1 + newline + 1)..];
            }
            else
            {
                int size = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(entry.Slice(end + 1, 8)));
                fields.Add(name, Encoding.UTF8.GetString(entry.Slice(end + 9, size)));
                Assert.Equal((byte)'\n', entry[end + 9 + size]);
                entry = entry[(end + 9 + size + 1)..];
            }
        }

        return fields;
    }

    public void Dispose()
    {
        _socket.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
