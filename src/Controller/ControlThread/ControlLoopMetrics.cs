using System.Diagnostics.Metrics;

namespace CryoWeb.Controller.ControlThread;

/// <summary>
/// System.Diagnostics.Metrics view of the control loop (meter "CryoWeb.Controller"), in base units: tick lateness as a
/// histogram in seconds (buckets from 0.1 ms to 1 s), the tick count and overruns. The loop only records (lock-free,
/// allocation-free); the histogram is fed on the collector's thread when it observes the meter (<see cref="PendingLateness"/>).
/// </summary>
public sealed class ControlLoopMetrics : IDisposable
{
    public const string MeterName = "CryoWeb.Controller";
    public const string LatenessInstrument = "cryoweb.control.tick_lateness";

    /// <summary>Upper bounds (seconds) of the lateness histogram's buckets: 1-2.5-5 per decade, 0.1 ms to 1 s.</summary>
    public static IReadOnlyList<double> LatenessBucketsSeconds { get; } = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

    private readonly Meter _meter;
    private readonly Histogram<double> _latenessSeconds;
    private readonly PendingLateness _pending = new();
    private long _overruns;

    public ControlLoopMetrics(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _latenessSeconds = _meter.CreateHistogram(LatenessInstrument, "s", "How late control ticks started", tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = LatenessBucketsSeconds });
        _meter.CreateObservableCounter("cryoweb.control.ticks", ObserveTicks, "{tick}", "Control ticks run");
        _meter.CreateObservableCounter("cryoweb.control.overruns", () => Interlocked.Read(ref _overruns), "{tick}", "Ticks later than the overrun limit");
    }

    public TickLatencyHistogram Lateness { get; } = new();

    public long Overruns => Interlocked.Read(ref _overruns);

    /// <summary>Lateness values that never reached the histogram instrument because nobody observed the meter for too long.</summary>
    public long LatenessDropped => _pending.Dropped;

    public void RecordTick(double latenessMilliseconds, bool overrun)
    {
        Lateness.Record(latenessMilliseconds);
        _pending.Add(Math.Max(latenessMilliseconds, 0) / 1000);
        if (overrun)
        {
            Interlocked.Increment(ref _overruns);
        }
    }

    public void Dispose() => _meter.Dispose();

    /// <summary>A collector observes the meter: first the ticks queued since its last look go into the histogram.</summary>
    private long ObserveTicks()
    {
        _pending.MoveTo(_latenessSeconds);
        return Lateness.Count;
    }
}
