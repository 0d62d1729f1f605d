using System.Diagnostics.Metrics;

namespace CryoWeb.Controller.ControlThread;

/// <summary>
/// Tick lateness on its way from the control thread to the lateness histogram instrument. The control thread only
/// writes into a preallocated ring (no lock, no allocation, one writer); whoever observes the meter (a /metrics scrape)
/// moves the values into the instrument on its own thread, so the control thread never runs an exporter's aggregation
/// nor shares its locks. The ring holds <see cref="Capacity"/> ticks (102 s at 10 Hz); values overwritten before they
/// were moved are counted in <see cref="Dropped"/>.
/// </summary>
public sealed class PendingLateness
{
    public const int Capacity = 1024;
    private const int Mask = Capacity - 1;

    /// <summary>Slots a late reader leaves to the writer, so it never reads one being rewritten (6 s at 10 Hz).</summary>
    private const int WriterMargin = 64;

    private readonly double[] _seconds = new double[Capacity];
    private readonly Lock _reader = new();
    private long _written;
    private long _read;
    private long _dropped;

    /// <summary>Values overwritten before anyone moved them (nobody observed the meter for over 96 s of ticks).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Queues one tick's lateness. The control thread's only call: a store and a volatile write.</summary>
    public void Add(double seconds)
    {
        long next = _written;
        _seconds[next & Mask] = seconds;
        Volatile.Write(ref _written, next + 1);
    }

    /// <summary>Records every value queued since the last call into <paramref name="histogram"/>, oldest first (any thread but the control thread).</summary>
    public void MoveTo(Histogram<double> histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        lock (_reader)
        {
            long written = Volatile.Read(ref _written);
            long oldest = written - (Capacity - WriterMargin);
            if (_read < oldest)
            {
                Interlocked.Add(ref _dropped, oldest - _read);
                _read = oldest;
            }

            for (; _read < written; _read++)
            {
                histogram.Record(_seconds[_read & Mask]);
            }
        }
    }
}
