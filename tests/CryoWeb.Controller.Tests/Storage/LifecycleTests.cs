using CryoWeb.Controller.Storage;

namespace CryoWeb.Controller.Tests.Storage;

/// <summary>Dispose writes everything queued; afterwards producers are refused and counted, never thrown at.</summary>
public sealed class LifecycleTests : IDisposable
{
    private readonly StoreHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Dispose_commits_what_was_queued_and_later_calls_are_refused_and_counted()
    {
        var store = _h.Open();
        var p = StoreHarness.Started(store);
        var t0 = _h.Time.GetUtcNow();
        StoreHarness.AppendSamples(store, p.Id, t0, 33);
        store.Dispose();

        Assert.False(store.AppendSample(p.Id, t0.AddSeconds(4), new float[16]));
        Assert.False(store.RecordEvent(new AuditEvent { Time = t0, User = "ana", ClientAddress = "::1", Command = "stop", Outcome = "accepted" }));
        Assert.Equal(2, store.DroppedItems);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.FlushAsync());

        // Still Running when the console stopped: an interruption like a crash, ending at the last sample.
        using var reopened = _h.Open();
        Assert.Equal([p.Id], (await reopened.Opened.WaitAsync(StoreHarness.Guard)).InterruptedProcedures);
        Assert.Equal(t0.AddMilliseconds(3200), (await reopened.GetProcedureAsync(p.Id))!.EndedAt);
        StoreHarness.AssertSamples(await reopened.ReadSamplesAsync(p.Id, t0, t0.AddMinutes(1)), t0, first: 0, count: 33);
    }

    [Fact]
    public async Task A_Failed_handler_may_dispose_the_store_without_deadlocking_the_writer()
    {
        // Untracked: if the writer deadlocked, the harness's own Dispose would hang instead of this test failing.
        var store = _h.OpenUntracked();
        var p = StoreHarness.Started(store);
        Assert.True(await store.FlushAsync());
        store.Failed += (_, _) => store.Dispose();
        store.BeforeCommitForTest = () => throw new IOException("disk gone");
        StoreHarness.AppendSamples(store, p.Id, _h.Time.GetUtcNow(), 3);

        Assert.False(await store.FlushAsync());
        await Task.Run(store.Dispose).WaitAsync(StoreHarness.Guard);

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.FlushAsync());
    }
}
