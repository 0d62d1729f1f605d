using System.Diagnostics.Metrics;

namespace CryoWeb.Controller.ControlThread;

/// <summary>
/// System.Diagnostics.Metrics view of the control loop (meter "CryoWeb.Controller"): tick lateness p50 / p99 / p99.9 /
/// max in milliseconds, the tick count and overruns. Observed on the collector's thread; the loop only records.
/// </summary>
public sealed class ControlLoopMetrics : IDisposable
{
    public const string MeterName = "CryoWeb.Controller";
    private readonly Meter _meter;
    private long _overruns;

    public ControlLoopMetrics(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _meter.CreateObservableGauge("cryoweb.control.tick_lateness.p50", () => Lateness.Percentile(0.5), "ms", "Median control tick lateness");
        _meter.CreateObservableGauge("cryoweb.control.tick_lateness.p99", () => Lateness.Percentile(0.99), "ms", "99th percentile control tick lateness");
        _meter.CreateObservableGauge("cryoweb.control.tick_lateness.p999", () => Lateness.Percentile(0.999), "ms", "99.9th percentile control tick lateness");
        _meter.CreateObservableGauge("cryoweb.control.tick_lateness.max", () => Lateness.MaxMilliseconds, "ms", "Largest control tick lateness");
        _meter.CreateObservableCounter("cryoweb.control.ticks", () => Lateness.Count, "{tick}", "Control ticks run");
        _meter.CreateObservableCounter("cryoweb.control.overruns", () => Interlocked.Read(ref _overruns), "{tick}", "Ticks later than the overrun limit");
    }

    public TickLatencyHistogram Lateness { get; } = new();

    public long Overruns => Interlocked.Read(ref _overruns);

    public void RecordTick(double latenessMilliseconds, bool overrun)
    {
        Lateness.Record(latenessMilliseconds);
        if (overrun)
        {
            Interlocked.Increment(ref _overruns);
        }
    }

    public void Dispose() => _meter.Dispose();
}
