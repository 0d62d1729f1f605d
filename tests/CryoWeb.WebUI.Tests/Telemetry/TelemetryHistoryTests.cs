using CryoWeb.WebUI.Telemetry;

namespace CryoWeb.WebUI.Tests.Telemetry;

public sealed class TelemetryHistoryTests
{
    [Fact]
    public void Gap_fill_returns_exactly_the_samples_after_the_last_one_seen()
    {
        var history = new TelemetryHistory(Frames.Channels, fullRateCapacity: 100);
        for (int s = 1; s <= 50; s++)
        {
            history.Append(Frames.UnixMsOf(s), Frames.Row(-s));
        }

        var slice = history.After(Frames.UnixMsOf(30));

        Assert.Equal(Enumerable.Range(31, 20).Select(s => Frames.UnixMsOf(s)), slice.Times);
        Assert.Equal(Frames.Channels, slice.Values.Count);
        Assert.All(slice.Values, column => Assert.Equal(Enumerable.Range(31, 20).Select(s => (float?)-s), column));
        Assert.False(slice.Truncated);
        Assert.Empty(history.After(Frames.UnixMsOf(50)).Times);
    }

    [Fact]
    public void Full_rate_memory_is_bounded_and_says_when_the_asked_gap_is_older_than_it_keeps()
    {
        var history = new TelemetryHistory(Frames.Channels, fullRateCapacity: 10);
        for (int s = 1; s <= 25; s++)
        {
            history.Append(Frames.UnixMsOf(s), Frames.Row(-s));
        }

        Assert.Equal(10, history.FullRateCount);
        var slice = history.After(Frames.UnixMsOf(3));
        Assert.Equal(Enumerable.Range(16, 10).Select(s => Frames.UnixMsOf(s)), slice.Times);
        Assert.True(slice.Truncated, "samples 4 to 15 were dropped: the answer must say so");
        Assert.False(history.After(Frames.UnixMsOf(20)).Truncated);
    }

    [Fact]
    public void A_faulted_reading_is_null_never_a_number()
    {
        var history = new TelemetryHistory(Frames.Channels, fullRateCapacity: 10);
        float[] row = Frames.Row(-12.5f);
        row[3] = float.NaN;
        history.Append(Frames.UnixMsOf(1), row);

        var slice = history.After(0);

        Assert.Null(slice.Values[3][0]);
        Assert.Equal(-12.5f, slice.Values[2][0]);
        var overview = history.Overview(10);
        Assert.Null(overview.Min[3][0]);
        Assert.Null(overview.Max[3][0]);
    }

    [Fact]
    public void Decimation_keeps_the_minimum_and_maximum_of_every_bucket()
    {
        var history = new TelemetryHistory(Frames.Channels, fullRateCapacity: 10, overviewCapacity: 100);
        for (int s = 0; s < 600; s++)
        {
            // -10 °C with one spike down in second 17 and one up in second 42.
            float celsius = s == 173 ? -150f : s == 421 ? 30f : -10f;
            history.Append(Frames.UnixMsOf(s), Frames.Row(celsius));
        }

        var overview = history.Overview(6);

        Assert.Equal(6, overview.Times.Count);
        Assert.Equal(10_000, overview.BucketMilliseconds);
        Assert.Equal(-150f, overview.Min[0][1]);
        Assert.Equal(-10f, overview.Max[0][1]);
        Assert.Equal(30f, overview.Max[4][4]);
        Assert.Equal(-10f, overview.Min[4][4]);
        Assert.Equal(new float?[] { -10f, -150f, -10f, -10f, -10f, -10f }, overview.Min[0]);
    }

    [Fact]
    public void A_long_procedure_keeps_its_whole_span_in_bounded_memory_with_its_extremes()
    {
        var history = new TelemetryHistory(Frames.Channels, fullRateCapacity: 10, overviewCapacity: 8);
        history.Follow(Guid.NewGuid());
        for (int s = 0; s < 1000; s++)
        {
            history.Append(Frames.UnixMsOf(s), Frames.Row(s == 5 ? -190f : s == 990 ? 35f : 0f));
        }

        Assert.True(history.OverviewCount <= 8, $"{history.OverviewCount} buckets kept");
        var overview = history.Overview(100);
        Assert.Equal(Frames.UnixMsOf(0), overview.Times[0]);
        Assert.True(overview.BucketMilliseconds >= 100_000 / 8, $"buckets of {overview.BucketMilliseconds} ms");
        Assert.Equal(-190f, overview.Min[0].Min());
        Assert.Equal(35f, overview.Max[0].Max());
    }

    [Fact]
    public void Without_a_procedure_the_overview_keeps_the_most_recent_part()
    {
        var history = new TelemetryHistory(Frames.Channels, fullRateCapacity: 10, overviewCapacity: 8);
        for (int s = 0; s < 1000; s++)
        {
            history.Append(Frames.UnixMsOf(s), Frames.Row(-s));
        }

        var overview = history.Overview(100);
        Assert.True(history.OverviewCount <= 8);
        Assert.Equal(1000, overview.BucketMilliseconds);
        Assert.True(overview.Times[0] >= Frames.UnixMsOf(1000 - 80), "the oldest data should have rolled out");
        Assert.Equal(-999f, overview.Min[0][^1]);
    }

    [Fact]
    public void A_new_procedure_starts_an_empty_history_and_its_end_keeps_the_samples()
    {
        var history = new TelemetryHistory(Frames.Channels, fullRateCapacity: 10);
        history.Append(Frames.UnixMsOf(1), Frames.Row(5));
        var procedure = Guid.NewGuid();

        history.Follow(procedure);
        Assert.Equal(0, history.FullRateCount);
        history.Append(Frames.UnixMsOf(2), Frames.Row(-5));
        history.Follow(procedure);
        history.Follow(null);

        Assert.Null(history.ProcedureId);
        Assert.Equal(new[] { Frames.UnixMsOf(2) }, history.After(0).Times);
    }

    [Fact]
    public void Overview_points_out_of_range_are_refused_naming_the_field()
    {
        var history = new TelemetryHistory(Frames.Channels, fullRateCapacity: 10);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => history.Overview(1));
        Assert.StartsWith("points: 1", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => history.Overview(TelemetryHistory.MaxOverviewPoints + 1));
    }
}
