using System.Diagnostics.Metrics;
using CryoWeb.Controller.ControlThread;

namespace CryoWeb.Controller.Tests.ControlThread;

/// <summary>
/// The control loop's meter in base units: each tick's lateness reaches the histogram instrument in seconds when a
/// collector observes the meter (not on the control thread), with the bucket advice an exporter uses; the tick and
/// overrun counters count.
/// </summary>
public sealed class ControlLoopMetricsTests : IDisposable
{
    private readonly OwnMeterFactory _factory = new();
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, double Value)> _measured = [];
    private readonly List<Instrument> _published = [];

    public ControlLoopMetricsTests()
    {
        var factory = _factory;

        // Meters are process-wide: listen only to the one this test's factory makes.
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, factory))
            {
                _published.Add(instrument);
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((i, v, _, _) => _measured.Add((i.Name, v)));
        _listener.SetMeasurementEventCallback<long>((i, v, _, _) => _measured.Add((i.Name, v)));
        _listener.Start();
        Metrics = new ControlLoopMetrics(factory);
    }

    private ControlLoopMetrics Metrics { get; }

    [Fact]
    public void Lateness_reaches_the_histogram_in_seconds_when_the_meter_is_observed_and_only_then()
    {
        Metrics.RecordTick(0.25, overrun: false);
        Metrics.RecordTick(12, overrun: false);
        Metrics.RecordTick(250, overrun: true);
        Assert.DoesNotContain(_measured, m => m.Instrument == ControlLoopMetrics.LatenessInstrument);

        _listener.RecordObservableInstruments();

        Assert.Equal([0.00025, 0.012, 0.25], _measured.Where(m => m.Instrument == ControlLoopMetrics.LatenessInstrument).Select(m => m.Value));
        Assert.Contains(("cryoweb.control.ticks", 3), _measured);
        Assert.Contains(("cryoweb.control.overruns", 1), _measured);

        // The next observation brings only what is new.
        _measured.Clear();
        Metrics.RecordTick(0.5, overrun: false);
        _listener.RecordObservableInstruments();
        Assert.Equal([0.0005], _measured.Where(m => m.Instrument == ControlLoopMetrics.LatenessInstrument).Select(m => m.Value));
    }

    [Fact]
    public void The_histogram_is_in_seconds_with_buckets_from_a_tenth_of_a_millisecond_to_beyond_a_tick_period()
    {
        var lateness = Assert.IsType<Histogram<double>>(_published.Single(i => i.Name == ControlLoopMetrics.LatenessInstrument));
        Assert.Equal("s", lateness.Unit);
        var buckets = lateness.Advice?.HistogramBucketBoundaries;
        Assert.NotNull(buckets);
        Assert.Equal(0.0001, buckets[0]);
        Assert.Contains(0.1, buckets);
        Assert.Equal(buckets.Order(), buckets);
        Assert.DoesNotContain(_published, i => i.Unit == "ms");
    }

    public void Dispose()
    {
        _listener.Dispose();
        Metrics.Dispose();
        _factory.Dispose();
    }

    /// <summary>Makes meters scoped to itself, as a host's meter factory does.</summary>
    private sealed class OwnMeterFactory : IMeterFactory
    {
        private readonly List<Meter> _meters = [];

        public Meter Create(MeterOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var meter = new Meter(new MeterOptions(options.Name) { Version = options.Version, Tags = options.Tags, Scope = this });
            _meters.Add(meter);
            return meter;
        }

        public void Dispose() => _meters.ForEach(m => m.Dispose());
    }
}
