namespace CryoWeb.Controller.Safety;

/// <summary>
/// The software emergency-stop latch: set by the stop (on any thread) or by a valve output fault, cleared only by an
/// operator's reset. Read by every stage of the tick and by the web.
/// </summary>
public sealed class EmergencyStopLatch
{
    private bool _latched;

    public bool IsLatched => Volatile.Read(ref _latched);

    public void Latch() => Volatile.Write(ref _latched, true);

    public void Clear() => Volatile.Write(ref _latched, false);
}
