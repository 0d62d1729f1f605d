using System.Buffers.Text;
using System.Net.WebSockets;
using System.Text;

namespace CryoWeb.Bench.Load;

/// <summary>
/// One viewer of /hubs/telemetry speaking the SignalR JSON protocol over a raw web socket (no negotiate), as cheaply as
/// a client can: it counts the bytes and batches it receives and, per batch, how long after its newest sample it
/// arrived. Cheap on purpose: on a 2-core machine the load generator must not be what is measured.
/// </summary>
public sealed class RawTelemetryViewer : IAsyncDisposable
{
    private const byte RecordSeparator = 0x1e;
    private static readonly byte[] Handshake = Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e");
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes("{\"type\":6}\u001e");
    private static readonly byte[] TimesKey = Encoding.UTF8.GetBytes("\"times\":[");

    private readonly Uri _hub;
    private readonly string _cookieHeader;
    private readonly DeliveryLatencies? _latencies;
    private readonly byte[] _message = new byte[1 << 20];
    private ClientWebSocket? _socket;
    private CancellationTokenSource? _stop;
    private Task? _receiving;
    private long _bytes;
    private long _batches;

    public RawTelemetryViewer(Uri baseAddress, string cookieHeader, DeliveryLatencies? latencies = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        _hub = new Uri(baseAddress.ToString().Replace("http://", "ws://", StringComparison.Ordinal).TrimEnd('/') + "/hubs/telemetry");
        _cookieHeader = cookieHeader;
        _latencies = latencies;
    }

    public long Bytes => Interlocked.Read(ref _bytes);

    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>True while the socket is open and the receive loop runs.</summary>
    public bool IsConnected => _socket?.State == WebSocketState.Open && _receiving is { IsCompleted: false };

    public async Task ConnectAsync(CancellationToken cancellationToken = default)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Cookie", _cookieHeader);
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(_hub, cancellationToken);
        await socket.SendAsync(Handshake, WebSocketMessageType.Text, true, cancellationToken);
        _socket = socket;
        _stop = new CancellationTokenSource();
        _receiving = Task.Run(() => ReceiveAsync(socket, _stop.Token), CancellationToken.None);
    }

    /// <summary>Drops the connection the way a tablet losing Wi-Fi does: no close handshake.</summary>
    public async Task AbortAsync()
    {
        _stop?.Cancel();
        _socket?.Abort();
        if (_receiving is not null)
        {
            await _receiving.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _socket?.Dispose();
        _stop?.Dispose();
        _socket = null;
        _stop = null;
        _receiving = null;
    }

    public async ValueTask DisposeAsync() => await AbortAsync();

    private async Task ReceiveAsync(ClientWebSocket socket, CancellationToken stop)
    {
        var lastPing = DateTime.UtcNow;
        int length = 0;
        while (!stop.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            if (DateTime.UtcNow - lastPing > TimeSpan.FromSeconds(10))
            {
                await socket.SendAsync(Ping, WebSocketMessageType.Text, true, stop);
                lastPing = DateTime.UtcNow;
            }

            var result = await socket.ReceiveAsync(_message.AsMemory(length), stop);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            Interlocked.Add(ref _bytes, result.Count);
            length = Math.Min(length + result.Count, _message.Length - 4096);
            if (result.EndOfMessage)
            {
                OnMessages(_message.AsSpan(0, length));
                length = 0;
            }
        }
    }

    private void OnMessages(ReadOnlySpan<byte> frame)
    {
        while (frame.Length > 0)
        {
            int end = frame.IndexOf(RecordSeparator);
            var message = end < 0 ? frame : frame[..end];
            int times = message.IndexOf(TimesKey);
            if (times >= 0)
            {
                Interlocked.Increment(ref _batches);
                var list = message[(times + TimesKey.Length)..];
                int close = list.IndexOf((byte)']');
                if (close > 0 && _latencies is not null)
                {
                    var newestText = list[(list[..close].LastIndexOf((byte)',') + 1)..close];
                    if (Utf8Parser.TryParse(newestText, out long newest, out _))
                    {
                        _latencies.Add(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - newest);
                    }
                }
            }

            frame = end < 0 ? [] : frame[(end + 1)..];
        }
    }
}
