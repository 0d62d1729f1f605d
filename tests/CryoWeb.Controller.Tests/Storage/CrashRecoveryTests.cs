using CryoWeb.Controller.Storage;

namespace CryoWeb.Controller.Tests.Storage;

/// <summary>
/// A crash is simulated by halting the writer thread without Dispose (no final commit, no checkpoint) and copying
/// the database and its log file as they are on disk; the copy is then opened like a console restarting.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly StoreHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task After_a_crash_the_running_procedure_is_interrupted_with_every_flushed_sample()
    {
        // Deliberately never disposed: the process "dies" here.
        var crashed = _h.OpenUntracked();
        var p = StoreHarness.Started(crashed);
        var t0 = _h.Time.GetUtcNow();
        StoreHarness.AppendSamples(crashed, p.Id, t0, 50);
        Assert.True(await crashed.FlushAsync());
        StoreHarness.AppendSamples(crashed, p.Id, t0, 7, firstIndex: 50);
        crashed.RecordEvent(new AuditEvent { ProcedureId = p.Id, Time = t0, User = "ana", ClientAddress = "10.0.0.7", Command = "freeze", Outcome = "accepted" });

        crashed.HaltWriterForCrashTest();
        _h.CopyFiles("cryo.db", "after-crash.db");

        using var restarted = _h.Open("after-crash.db");
        var recovery = await restarted.Opened.WaitAsync(StoreHarness.Guard);
        var procedure = await restarted.GetProcedureAsync(p.Id);

        Assert.Equal([p.Id], recovery.InterruptedProcedures);
        Assert.Equal(ProcedureState.Interrupted, procedure!.State);
        Assert.Equal(t0, procedure.StartedAt);
        Assert.Equal(t0 + TimeSpan.FromMilliseconds(100 * 49), procedure.EndedAt);
        StoreHarness.AssertSamples(await restarted.ReadSamplesAsync(p.Id, t0, t0.AddHours(1)), t0, first: 0, count: 50);
        Assert.Empty(await restarted.ReadEventsAsync(p.Id));
    }

    [Fact]
    public async Task The_periodic_commit_stores_the_partial_chunk_without_any_flush()
    {
        var crashed = _h.Open();
        var p = StoreHarness.Started(crashed);
        var t0 = _h.Time.GetUtcNow();
        Assert.True(await crashed.FlushAsync());
        var commit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        crashed.Committed += () => commit.TrySetResult();

        StoreHarness.AppendSamples(crashed, p.Id, t0, 13);
        _h.Time.Advance(_h.Options.CommitInterval);
        await commit.Task.WaitAsync(StoreHarness.Guard);
        crashed.HaltWriterForCrashTest();
        _h.CopyFiles("cryo.db", "after-crash.db");

        using var restarted = _h.Open("after-crash.db");
        StoreHarness.AssertSamples(await restarted.ReadSamplesAsync(p.Id, t0, t0.AddHours(1)), t0, first: 0, count: 13);
        Assert.Equal(ProcedureState.Interrupted, (await restarted.GetProcedureAsync(p.Id))!.State);
    }

    [Fact]
    public async Task An_interrupted_procedure_without_samples_ends_at_its_start_and_finished_ones_are_untouched()
    {
        var crashed = _h.Open();
        var running = StoreHarness.Started(crashed);
        var t0 = _h.Time.GetUtcNow();
        _h.Time.Advance(TimeSpan.FromMinutes(3));
        var done = StoreHarness.Started(crashed);
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        crashed.FinishProcedure(done.Id);
        Assert.True(await crashed.FlushAsync());
        crashed.HaltWriterForCrashTest();
        _h.CopyFiles("cryo.db", "after-crash.db");

        using var restarted = _h.Open("after-crash.db");

        Assert.Equal([running.Id], (await restarted.Opened.WaitAsync(StoreHarness.Guard)).InterruptedProcedures);
        var interrupted = await restarted.GetProcedureAsync(running.Id);
        Assert.Equal(ProcedureState.Interrupted, interrupted!.State);
        Assert.Equal(t0, interrupted.EndedAt);
        var finished = await restarted.GetProcedureAsync(done.Id);
        Assert.Equal(ProcedureState.Finished, finished!.State);
        Assert.Equal(t0.AddMinutes(4), finished.EndedAt);
    }
}
