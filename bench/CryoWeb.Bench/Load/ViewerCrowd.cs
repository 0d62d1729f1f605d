namespace CryoWeb.Bench.Load;

/// <summary>Many <see cref="RawTelemetryViewer"/>s on one console; optionally drops and reconnects some of them.</summary>
public sealed class ViewerCrowd(Uri baseAddress, string cookieHeader) : IAsyncDisposable
{
    private readonly List<RawTelemetryViewer> _viewers = [];
    private long _drops;
    private long _reconnects;
    private long _failedReconnects;

    public DeliveryLatencies Latencies { get; } = new();

    public int Count => _viewers.Count;

    public long Drops => Interlocked.Read(ref _drops);

    public long Reconnects => Interlocked.Read(ref _reconnects);

    public long FailedReconnects => Interlocked.Read(ref _failedReconnects);

    public long Bytes => _viewers.Sum(v => v.Bytes);

    public long Batches => _viewers.Sum(v => v.Batches);

    public int Connected => _viewers.Count(v => v.IsConnected);

    public async Task GrowToAsync(int count)
    {
        while (_viewers.Count < count)
        {
            var viewer = new RawTelemetryViewer(baseAddress, cookieHeader, Latencies);
            await viewer.ConnectAsync();
            _viewers.Add(viewer);
        }
    }

    /// <summary>Drops <paramref name="howMany"/> random viewers without a close handshake, then reconnects each (up to 5 tries).</summary>
    public async Task ChurnAsync(int howMany, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        foreach (var viewer in _viewers.OrderBy(_ => random.Next()).Take(howMany).ToList())
        {
            await viewer.AbortAsync();
            Interlocked.Increment(ref _drops);
            bool back = false;
            for (int attempt = 0; attempt < 5 && !back; attempt++)
            {
                try
                {
                    await viewer.ConnectAsync();
                    back = true;
                }
                catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or HttpRequestException)
                {
                    await Task.Delay(500);
                }
            }

            Interlocked.Increment(ref back ? ref _reconnects : ref _failedReconnects);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var viewer in _viewers)
        {
            await viewer.DisposeAsync();
        }

        _viewers.Clear();
    }
}
