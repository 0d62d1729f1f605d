namespace CryoWeb.Controller.Tests.Storage;

/// <summary>Samples go in as floats and come back at 0.01 C resolution, NaN where invalid, in time order.</summary>
public sealed class SampleRoundTripTests : IDisposable
{
    private readonly StoreHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Values_come_back_at_hundredth_resolution_with_NaN_and_clamped_extremes()
    {
        using var store = _h.Open();
        var p = StoreHarness.Started(store, channels: 8);
        var t0 = _h.Time.GetUtcNow();
        float[] written = [-145.234f, 36.996f, float.NaN, -327.66f, 327.66f, 500f, float.NegativeInfinity, -0.004f];
        float[] second = [-0.01f, 0.01f, 21.5f, float.NaN, -1000f, 0f, 12.345f, -40f];
        Assert.True(store.AppendSample(p.Id, t0, written));
        Assert.True(store.AppendSample(p.Id, t0.AddMilliseconds(100), second));
        Assert.True(await store.FlushAsync());

        var rows = await store.ReadSamplesAsync(p.Id, t0, t0.AddSeconds(1));

        Assert.Equal(2, rows.Count);
        Assert.Equal(t0, rows[0].Time);
        Assert.Equal(t0.AddMilliseconds(100), rows[1].Time);
        Assert.Equal([-145.23f, 37.00f, float.NaN, -327.66f, 327.66f, 327.66f, float.NaN, 0f], rows[0].ChannelCelsius);
        Assert.Equal([-0.01f, 0.01f, 21.5f, float.NaN, -327.66f, 0f, 12.35f, -40f], rows[1].ChannelCelsius);
    }

    [Fact]
    public async Task A_time_window_returns_only_its_rows_from_start_inclusive_to_end_exclusive()
    {
        using var store = _h.Open();
        var p = StoreHarness.Started(store);
        var t0 = _h.Time.GetUtcNow();
        StoreHarness.AppendSamples(store, p.Id, t0, 250);
        Assert.True(await store.FlushAsync());

        var window = await store.ReadSamplesAsync(p.Id, t0.AddSeconds(9.5), t0.AddSeconds(12));

        StoreHarness.AssertSamples(window, t0, first: 95, count: 25);
        Assert.Empty(await store.ReadSamplesAsync(p.Id, t0.AddSeconds(30), t0.AddSeconds(40)));
        Assert.Empty(await store.ReadSamplesAsync(Guid.NewGuid(), t0, t0.AddSeconds(40)));
    }

    [Fact]
    public async Task Samples_of_two_procedures_recorded_together_stay_apart()
    {
        using var store = _h.Open();
        var a = StoreHarness.Started(store);
        var b = StoreHarness.Started(store, channels: 4);
        var t0 = _h.Time.GetUtcNow();
        for (var n = 0; n < 30; n++)
        {
            Assert.True(store.AppendSample(a.Id, t0.AddMilliseconds(100 * n), Enumerable.Repeat((float)n, 16).ToArray()));
            Assert.True(store.AppendSample(b.Id, t0.AddMilliseconds(100 * n), Enumerable.Repeat(-n / 100f, 4).ToArray()));
        }

        Assert.True(await store.FlushAsync());

        var rowsA = await store.ReadSamplesAsync(a.Id, t0, t0.AddMinutes(1));
        var rowsB = await store.ReadSamplesAsync(b.Id, t0, t0.AddMinutes(1));
        Assert.Equal(Enumerable.Range(0, 30).Select(n => (float)n), rowsA.Select(r => r.ChannelCelsius[15]));
        Assert.Equal(Enumerable.Range(0, 30).Select(n => -n / 100f), rowsB.Select(r => r.ChannelCelsius[3]));
        Assert.All(rowsB, r => Assert.Equal(4, r.ChannelCelsius.Count));
    }

    [Fact]
    public async Task A_clock_step_backwards_starts_a_new_chunk_and_reads_stay_in_time_order()
    {
        using var store = _h.Open();
        var p = StoreHarness.Started(store, channels: 1);
        var t0 = _h.Time.GetUtcNow();
        Assert.True(store.AppendSample(p.Id, t0.AddSeconds(5), [5f]));
        Assert.True(store.AppendSample(p.Id, t0.AddSeconds(6), [6f]));
        Assert.True(store.AppendSample(p.Id, t0.AddSeconds(2), [2f]));
        Assert.True(await store.FlushAsync());

        var rows = await store.ReadSamplesAsync(p.Id, t0, t0.AddSeconds(10));

        Assert.Equal([2f, 5f, 6f], rows.Select(r => r.ChannelCelsius[0]));
        Assert.Equal(2, await store.CountDocumentsAsync("sample_chunks"));
    }

    [Fact]
    public async Task A_chunk_starting_at_the_same_instant_as_an_earlier_one_does_not_overwrite_it()
    {
        using var store = _h.Open();
        var p = StoreHarness.Started(store, channels: 1);
        var t0 = _h.Time.GetUtcNow();
        Assert.True(store.AppendSample(p.Id, t0.AddSeconds(5), [50f]));
        Assert.True(store.AppendSample(p.Id, t0.AddSeconds(6), [60f]));
        Assert.True(store.AppendSample(p.Id, t0.AddSeconds(5), [55f]));
        Assert.True(await store.FlushAsync());

        var rows = await store.ReadSamplesAsync(p.Id, t0, t0.AddSeconds(10));

        Assert.Equal([t0.AddSeconds(5), t0.AddSeconds(5), t0.AddSeconds(6)], rows.Select(r => r.Time));
        Assert.Equal([50f, 55f], rows.Take(2).Select(r => r.ChannelCelsius[0]).Order());
        Assert.Equal(60f, rows[2].ChannelCelsius[0]);
        Assert.Equal(2, await store.CountDocumentsAsync("sample_chunks"));
    }

    [Fact]
    public void Appending_a_sample_allocates_nothing()
    {
        using var store = _h.Open();
        var id = Guid.NewGuid();
        var row = new float[16];
        var t0 = _h.Time.GetUtcNow();
        store.AppendSample(id, t0, row);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var n = 1; n <= 1000; n++)
        {
            store.AppendSample(id, t0.AddMilliseconds(100 * n), row);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
