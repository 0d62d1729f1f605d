using CryoWeb.Controller.ControlThread;

namespace CryoWeb.Controller.Tests.ControlThread;

public class TickLatencyHistogramTests
{
    [Fact]
    public void Percentiles_come_from_the_recorded_lateness_in_ten_microsecond_buckets()
    {
        var histogram = new TickLatencyHistogram();
        for (int i = 0; i < 990; i++)
        {
            histogram.Record(0.104);
        }

        for (int i = 0; i < 9; i++)
        {
            histogram.Record(2.0);
        }

        histogram.Record(70);

        Assert.Equal(1000, histogram.Count);
        Assert.Equal(0.11, histogram.Percentile(0.5), 9);
        Assert.Equal(0.11, histogram.Percentile(0.99), 9);
        Assert.Equal(2.01, histogram.Percentile(0.999), 9);
        Assert.Equal(70, histogram.MaxMilliseconds, 9);
        Assert.Equal(70, histogram.Percentile(1.0), 9);
    }

    [Fact]
    public void Recording_allocates_nothing()
    {
        var histogram = new TickLatencyHistogram();
        histogram.Record(1);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            histogram.Record(i * 0.01);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
