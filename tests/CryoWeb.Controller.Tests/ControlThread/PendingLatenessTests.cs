using System.Diagnostics.Metrics;
using CryoWeb.Controller.ControlThread;

namespace CryoWeb.Controller.Tests.ControlThread;

/// <summary>The ring between the control thread and the lateness histogram: in order, each value once, none allocated, overflow counted.</summary>
public sealed class PendingLatenessTests : IDisposable
{
    private readonly Meter _meter = new("CryoWeb.Tests." + Guid.NewGuid().ToString("N"));
    private readonly MeterListener _listener = new();
    private readonly List<double> _recorded = [];
    private readonly Histogram<double> _histogram;

    public PendingLatenessTests()
    {
        _histogram = _meter.CreateHistogram<double>("lateness", "s");
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument, _histogram))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, v, _, _) => _recorded.Add(v));
        _listener.Start();
    }

    [Fact]
    public void Values_are_moved_in_order_and_each_once()
    {
        var pending = new PendingLateness();
        pending.Add(0.1);
        pending.Add(0.2);
        pending.MoveTo(_histogram);
        pending.Add(0.3);
        pending.MoveTo(_histogram);
        pending.MoveTo(_histogram);

        Assert.Equal([0.1, 0.2, 0.3], _recorded);
        Assert.Equal(0, pending.Dropped);
    }

    [Fact]
    public void Adding_allocates_nothing()
    {
        var pending = new PendingLateness();
        pending.Add(0);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10 * PendingLateness.Capacity; i++)
        {
            pending.Add(i * 1e-5);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Values_nobody_moved_in_time_are_counted_as_dropped_and_the_newest_are_kept()
    {
        var pending = new PendingLateness();
        int written = 3 * PendingLateness.Capacity;
        for (int i = 0; i < written; i++)
        {
            pending.Add(i);
        }

        pending.MoveTo(_histogram);

        Assert.Equal(written - 1, _recorded[^1]);
        Assert.Equal(written, pending.Dropped + _recorded.Count);
        Assert.InRange(_recorded.Count, PendingLateness.Capacity / 2, PendingLateness.Capacity - 1);
        Assert.Equal(_recorded.Order(), _recorded);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _meter.Dispose();
    }
}
