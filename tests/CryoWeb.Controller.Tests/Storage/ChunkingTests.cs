using CryoWeb.Controller.Storage;

namespace CryoWeb.Controller.Tests.Storage;

/// <summary>All channels of about 10 s go into ONE document; the chunk being filled is stored at every commit.</summary>
public sealed class ChunkingTests : IDisposable
{
    private readonly StoreHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Twenty_five_seconds_of_16_channels_at_10_Hz_make_three_documents()
    {
        using var store = _h.Open();
        var p = StoreHarness.Started(store);
        var t0 = _h.Time.GetUtcNow();
        StoreHarness.AppendSamples(store, p.Id, t0, 250);
        Assert.True(await store.FlushAsync());

        Assert.Equal(3, await store.CountDocumentsAsync("sample_chunks"));
        StoreHarness.AssertSamples(await store.ReadSamplesAsync(p.Id, t0, t0.AddMinutes(1)), t0, first: 0, count: 250);
    }

    [Fact]
    public async Task The_partial_chunk_is_upserted_at_each_commit_not_added_again()
    {
        using var store = _h.Open();
        var p = StoreHarness.Started(store);
        var t0 = _h.Time.GetUtcNow();

        StoreHarness.AppendSamples(store, p.Id, t0, 30);
        Assert.True(await store.FlushAsync());
        Assert.Equal(1, await store.CountDocumentsAsync("sample_chunks"));
        Assert.Equal(30, (await store.ReadSamplesAsync(p.Id, t0, t0.AddMinutes(1))).Count);

        StoreHarness.AppendSamples(store, p.Id, t0, 20, firstIndex: 30);
        Assert.True(await store.FlushAsync());
        Assert.Equal(1, await store.CountDocumentsAsync("sample_chunks"));
        StoreHarness.AssertSamples(await store.ReadSamplesAsync(p.Id, t0, t0.AddMinutes(1)), t0, first: 0, count: 50);
    }

    [Fact]
    public async Task A_chunk_never_holds_more_than_MaxRowsPerChunk_rows()
    {
        _h.Options.MaxRowsPerChunk = 40;
        using var store = _h.Open();
        var p = StoreHarness.Started(store);
        var t0 = _h.Time.GetUtcNow();
        StoreHarness.AppendSamples(store, p.Id, t0, 100);
        Assert.True(await store.FlushAsync());

        Assert.Equal(3, await store.CountDocumentsAsync("sample_chunks"));
        StoreHarness.AssertSamples(await store.ReadSamplesAsync(p.Id, t0, t0.AddMinutes(1)), t0, first: 0, count: 100);
    }

    [Fact]
    public async Task Finishing_a_procedure_completes_its_chunk_and_records_the_end()
    {
        using var store = _h.Open();
        var p = StoreHarness.Started(store);
        var t0 = _h.Time.GetUtcNow();
        StoreHarness.AppendSamples(store, p.Id, t0, 15);
        _h.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.True(store.FinishProcedure(p.Id));
        StoreHarness.AppendSamples(store, p.Id, t0, 5, firstIndex: 15);
        Assert.True(await store.FlushAsync());

        var stored = await store.GetProcedureAsync(p.Id);
        Assert.Equal(ProcedureState.Finished, stored!.State);
        Assert.Equal(t0, stored.StartedAt);
        Assert.Equal(t0.AddSeconds(2), stored.EndedAt);
        Assert.Equal(2, await store.CountDocumentsAsync("sample_chunks"));
        StoreHarness.AssertSamples(await store.ReadSamplesAsync(p.Id, t0, t0.AddMinutes(1)), t0, first: 0, count: 20);
    }
}
