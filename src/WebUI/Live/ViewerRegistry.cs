namespace CryoWeb.WebUI.Live;

/// <summary>
/// How many live viewers are connected now (telemetry hub connections and live-page circuits), for /metrics and
/// the supervision page. Thread-safe counters; no lock.
/// </summary>
public sealed class ViewerRegistry
{
    private long _hubConnections;
    private long _liveCircuits;

    public long HubConnections => Interlocked.Read(ref _hubConnections);

    public long LiveCircuits => Interlocked.Read(ref _liveCircuits);

    public void HubConnected() => Interlocked.Increment(ref _hubConnections);

    public void HubDisconnected() => Interlocked.Decrement(ref _hubConnections);

    public void CircuitOpened() => Interlocked.Increment(ref _liveCircuits);

    public void CircuitClosed() => Interlocked.Decrement(ref _liveCircuits);
}
