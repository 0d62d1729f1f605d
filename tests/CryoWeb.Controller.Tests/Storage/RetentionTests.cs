using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Storage;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Tests.Storage;

/// <summary>Retention removes only reviewed procedures older than the limit, with everything recorded for them.</summary>
public sealed class RetentionTests : IDisposable
{
    private readonly StoreHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Only_old_reviewed_procedures_are_deleted_with_their_samples_events_and_alarms()
    {
        using var store = _h.Open();
        var oldReviewed = Record(store, reviewed: true, samples: 150);
        var oldUnreviewed = Record(store, reviewed: false, samples: 50);
        var stillRunning = StoreHarness.Started(store);
        Assert.True(store.MarkReviewed(stillRunning.Id));
        _h.SkipDays(40);
        var recentReviewed = Record(store, reviewed: true, samples: 20);
        _h.SkipDays(1);

        var report = await store.ApplyRetentionAsync(TimeSpan.FromDays(30));

        Assert.Equal(new RetentionReport(DeletedProcedures: 1, DeletedChunks: 2, DeletedEvents: 1, DeletedAlarms: 1, DeletedAttachments: 0, KeptUnreviewed: 1), report);
        Assert.Null(await store.GetProcedureAsync(oldReviewed));
        Assert.Empty(await store.ReadSamplesAsync(oldReviewed, DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue));
        Assert.Empty(await store.ReadEventsAsync(oldReviewed));
        Assert.Empty(await store.ReadAlarmsAsync(oldReviewed));
        Assert.Equal([recentReviewed, stillRunning.Id, oldUnreviewed], (await store.ListProceduresAsync()).Select(p => p.Id));
        Assert.Equal(50, (await store.ReadSamplesAsync(oldUnreviewed, DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue)).Count);
        Assert.Single(await store.ReadEventsAsync(oldUnreviewed));
        Assert.Single(await store.ReadAlarmsAsync(oldUnreviewed));
        Assert.Equal(2, await store.CountDocumentsAsync("sample_chunks"));
    }

    [Fact]
    public async Task Retention_is_refused_while_pending_data_cannot_be_committed()
    {
        using var store = _h.Open();
        Record(store, reviewed: true, samples: 10);
        _h.SkipDays(40);
        Assert.True(await store.FlushAsync());
        store.BeforeCommitForTest = () => throw new IOException("disk gone");
        Assert.True(store.SaveSetting("retention", "30 d"));

        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.ApplyRetentionAsync(TimeSpan.FromDays(30)));

        store.BeforeCommitForTest = null;
        Assert.Equal(1, (await store.ApplyRetentionAsync(TimeSpan.FromDays(30))).DeletedProcedures);
    }

    /// <summary>A finished procedure with samples, one event and one alarm entry, ended one minute after now.</summary>
    private Guid Record(ProcedureStore store, bool reviewed, int samples)
    {
        var p = StoreHarness.Started(store);
        var t0 = _h.Time.GetUtcNow();
        StoreHarness.AppendSamples(store, p.Id, t0, samples);
        store.RecordEvent(new AuditEvent { ProcedureId = p.Id, Time = t0, User = "ana", ClientAddress = "10.0.0.7", Command = "freeze", Outcome = "accepted" });
        store.RecordAlarm(new StoredAlarmEvent { ProcedureId = p.Id, Time = t0, Key = new AlarmKey(AlarmCondition.ThermocoupleFault, 2), Priority = AlarmPriority.Medium, Action = AlarmAction.Raised });
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        store.FinishProcedure(p.Id);
        if (reviewed)
        {
            store.MarkReviewed(p.Id);
        }

        return p.Id;
    }
}
