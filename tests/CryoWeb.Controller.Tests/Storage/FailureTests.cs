using CryoWeb.Controller.Storage;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryoWeb.Controller.Tests.Storage;

/// <summary>Write failures: Failed health with the reason, producers unaffected, data kept and written on recovery.</summary>
public sealed class FailureTests : IDisposable
{
    private readonly StoreHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task A_database_in_a_missing_folder_fails_then_records_everything_once_the_folder_exists()
    {
        var folder = _h.PathOf("not-yet");
        using var store = _h.Open(Path.Combine("not-yet", "cryo.db"));
        var recovered = Signal(h => store.Recovered += h);

        var p = StoreHarness.Started(store);
        var t0 = _h.Time.GetUtcNow();
        StoreHarness.AppendSamples(store, p.Id, t0, 30);
        Assert.False(await store.FlushAsync());

        // The first open failed inside the constructor, possibly before anyone could subscribe to Failed: Health tells.
        Assert.Equal(StorageState.Failed, store.Health.State);
        Assert.StartsWith("open failed: DirectoryNotFoundException", store.Health.Reason);
        Assert.Equal(t0, store.Health.Since);
        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.ListProceduresAsync());
        Assert.False(store.Opened.IsCompleted);

        Directory.CreateDirectory(folder);
        StoreHarness.AppendSamples(store, p.Id, t0, 20, firstIndex: 30);
        _h.Time.Advance(_h.Options.CommitInterval);

        var health = await recovered.WaitAsync(StoreHarness.Guard);
        Assert.Equal(new StorageHealth(StorageState.Healthy, null, _h.Time.GetUtcNow(), 0), health);
        Assert.True(await store.FlushAsync());
        Assert.Equal(ProcedureState.Running, (await store.GetProcedureAsync(p.Id))!.State);
        StoreHarness.AssertSamples(await store.ReadSamplesAsync(p.Id, t0, t0.AddMinutes(1)), t0, first: 0, count: 50);
    }

    [Fact]
    public async Task A_failing_commit_keeps_the_data_and_the_retry_writes_it()
    {
        using var store = _h.Open();
        var p = StoreHarness.Started(store);
        var t0 = _h.Time.GetUtcNow();
        StoreHarness.AppendSamples(store, p.Id, t0, 20);
        Assert.True(await store.FlushAsync());

        store.BeforeCommitForTest = () => throw new IOException("No space left on device");
        StoreHarness.AppendSamples(store, p.Id, t0, 120, firstIndex: 20);
        Assert.True(store.RecordEvent(new AuditEvent { ProcedureId = p.Id, Time = t0, User = "ana", ClientAddress = "10.0.0.7", Command = "freeze", Outcome = "accepted" }));
        Assert.False(await store.FlushAsync());
        Assert.Equal(StorageState.Failed, store.Health.State);
        Assert.Equal("commit failed: IOException: No space left on device", store.Health.Reason);
        _h.Time.Advance(_h.Options.CommitInterval);
        Assert.False(await store.FlushAsync());

        store.BeforeCommitForTest = null;
        Assert.True(await store.FlushAsync());

        Assert.Equal(StorageState.Healthy, store.Health.State);
        StoreHarness.AssertSamples(await store.ReadSamplesAsync(p.Id, t0, t0.AddMinutes(1)), t0, first: 0, count: 140);
        Assert.Single(await store.ReadEventsAsync(p.Id));
        Assert.Equal(2, await store.CountDocumentsAsync("sample_chunks"));
    }

    [Fact]
    public async Task A_disk_that_refuses_writes_under_LiteDB_fails_the_store_and_a_reopen_recovers_it()
    {
        using var data = new FaultyStream(File.Create(_h.PathOf("faulty.db")));
        using var log = new FaultyStream(File.Create(_h.PathOf("faulty-log.db")));
        var store = _h.Track(new ProcedureStore(() => new LiteDatabase(data, null, log), "faulty", _h.Time, NullLogger<ProcedureStore>.Instance, _h.Options));
        var p = StoreHarness.Started(store);
        var t0 = _h.Time.GetUtcNow();
        StoreHarness.AppendSamples(store, p.Id, t0, 40);
        Assert.True(await store.FlushAsync());

        data.FailWrites = true;
        log.FailWrites = true;
        StoreHarness.AppendSamples(store, p.Id, t0, 40, firstIndex: 40);
        Assert.False(await store.FlushAsync());
        Assert.Equal(StorageState.Failed, store.Health.State);
        Assert.Contains("No space left on device", store.Health.Reason);

        data.FailWrites = false;
        log.FailWrites = false;
        Assert.True(await store.FlushAsync());
        Assert.Equal(StorageState.Healthy, store.Health.State);
        StoreHarness.AssertSamples(await store.ReadSamplesAsync(p.Id, t0, t0.AddMinutes(1)), t0, first: 0, count: 80);
        store.Dispose();

        // LiteDB issue #2828: the transaction the I/O error left open must not crash the process when finalized.
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }

    [Fact]
    public void The_LiteDB_internals_of_the_finalizer_work_around_are_where_it_looks()
    {
        using var db = new LiteDatabase(new MemoryStream());
        db.BeginTrans();
        db.GetCollection("x").Insert(new BsonDocument { ["a"] = 1 });

        Assert.True(LiteDbTransactionFinalizers.Suppress(db));
        db.Rollback();
    }

    [Fact]
    public async Task A_full_queue_drops_counts_and_fails_without_blocking_then_recovers_keeping_the_count()
    {
        _h.Options.QueueCapacity = 8;
        using var store = _h.Open();
        var p = StoreHarness.Started(store, channels: 2);
        var t0 = _h.Time.GetUtcNow();
        Assert.True(await store.FlushAsync());
        var failed = Signal(h => store.Failed += h);
        var recovered = Signal(h => store.Recovered += h);
        using var inCommit = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        store.BeforeCommitForTest = () =>
        {
            inCommit.Set();
            release.Wait();
        };

        Assert.True(store.AppendSample(p.Id, t0, [1f, 1f]));
        var blocked = store.FlushAsync();
        Assert.True(inCommit.Wait(StoreHarness.Guard));
        var accepted = Enumerable.Range(1, 10).Count(n => store.AppendSample(p.Id, t0.AddMilliseconds(100 * n), [n, n]));

        Assert.Equal(8, accepted);
        Assert.Equal(new StorageHealth(StorageState.Failed, "write queue full (8 slots); items dropped", t0, 2), store.Health);
        store.BeforeCommitForTest = null;
        release.Set();
        Assert.True(await blocked);
        Assert.Equal(new StorageHealth(StorageState.Failed, "write queue full (8 slots); items dropped", t0, 1), await failed.WaitAsync(StoreHarness.Guard));
        Assert.True(await store.FlushAsync());

        Assert.Equal(new StorageHealth(StorageState.Healthy, null, t0, 2), await recovered.WaitAsync(StoreHarness.Guard));
        Assert.Equal(store.Health, await recovered);
        var rows = await store.ReadSamplesAsync(p.Id, t0, t0.AddMinutes(1));
        Assert.Equal([1f, 1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f], rows.Select(r => r.ChannelCelsius[0]));
    }

    [Fact]
    public void Options_out_of_range_are_refused_with_their_key()
    {
        _h.Options.CommitInterval = TimeSpan.FromSeconds(2);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _h.Open());

        Assert.Equal("Storage:CommitInterval", error.ParamName);
    }

    private static Task<StorageHealth> Signal(Action<EventHandler<StorageHealth>> subscribe)
    {
        var done = new TaskCompletionSource<StorageHealth>(TaskCreationOptions.RunContinuationsAsynchronously);
        subscribe((_, health) => done.TrySetResult(health));
        return done.Task;
    }
}
