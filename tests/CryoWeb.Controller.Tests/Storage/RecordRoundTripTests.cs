using System.Text;
using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Storage;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Tests.Storage;

/// <summary>Procedures, audit events, alarm log entries, users and settings come back exactly as written.</summary>
public sealed class RecordRoundTripTests : IDisposable
{
    private readonly StoreHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Audit_events_come_back_per_procedure_in_time_order_with_every_field()
    {
        using var store = _h.Open();
        var p = StoreHarness.Started(store);
        var other = StoreHarness.Started(store);
        var t0 = _h.Time.GetUtcNow();
        var freeze = new AuditEvent { ProcedureId = p.Id, Time = t0.AddTicks(12_345), User = "ana", ClientAddress = "10.0.0.7", Command = "freeze", Parameters = """{"probe":1,"power":100}""", Outcome = "accepted" };
        var thaw = new AuditEvent { ProcedureId = p.Id, Time = t0.AddSeconds(600), User = "bo", ClientAddress = "::1", Command = "thaw", Outcome = "rejected: probe 1 not freezing" };
        var elsewhere = new AuditEvent { ProcedureId = other.Id, Time = t0, User = "ana", ClientAddress = "10.0.0.7", Command = "freeze", Outcome = "accepted" };
        var login = new AuditEvent { Time = t0, User = "ana", ClientAddress = "10.0.0.7", Command = "login", Outcome = "accepted" };
        Assert.True(store.RecordEvent(thaw));
        Assert.True(store.RecordEvent(freeze));
        Assert.True(store.RecordEvent(elsewhere));
        Assert.True(store.RecordEvent(login));

        Assert.Equal([freeze, thaw], await store.ReadEventsAsync(p.Id));
        Assert.Equal([elsewhere], await store.ReadEventsAsync(other.Id));
    }

    [Fact]
    public async Task Alarm_log_entries_come_back_per_procedure_in_time_order_with_every_field()
    {
        using var store = _h.Open();
        var p = StoreHarness.Started(store);
        var t0 = _h.Time.GetUtcNow();
        var raised = new StoredAlarmEvent { ProcedureId = p.Id, Time = t0, Key = new AlarmKey(AlarmCondition.CriticalStructureLimit, 3), Priority = AlarmPriority.High, Action = AlarmAction.Raised };
        var paused = raised with { Time = t0.AddSeconds(4), Action = AlarmAction.AudioPaused, User = "ana" };
        var acknowledged = raised with { Time = t0.AddSeconds(9), Action = AlarmAction.Acknowledged, User = "ana" };
        var escalated = new StoredAlarmEvent { ProcedureId = p.Id, Time = t0.AddSeconds(20), Key = AlarmKey.Console(AlarmCondition.LowSupplyPressure), Priority = AlarmPriority.High, Action = AlarmAction.Escalated };
        var cleared = raised with { Time = t0.AddSeconds(30), Action = AlarmAction.Cleared };
        foreach (var entry in new[] { cleared, raised, escalated, paused, acknowledged })
        {
            Assert.True(store.RecordAlarm(entry));
        }

        Assert.Equal([raised, paused, acknowledged, escalated, cleared], await store.ReadAlarmsAsync(p.Id));
        Assert.Empty(await store.ReadAlarmsAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task Procedures_keep_every_field_and_list_newest_first()
    {
        using var store = _h.Open();
        var first = store.CreateProcedure("Prostate", "dr. Bo", "prostate", ["T1", "T2", "urethra"])!;
        _h.Time.Advance(TimeSpan.FromMinutes(5));
        var second = store.CreateProcedure("Kidney R", "dr. Ana", "kidney", ["T1"])!;
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(store.StartProcedure(second.Id));
        _h.Time.Advance(TimeSpan.FromMinutes(20));
        Assert.True(store.FinishProcedure(second.Id));
        Assert.True(store.MarkReviewed(second.Id));

        var list = await store.ListProceduresAsync();

        Assert.Equal([second.Id, first.Id], list.Select(p => p.Id));
        var stored = list[0];
        Assert.Equal(("Kidney R", "dr. Ana", "kidney", ProcedureState.Finished, true), (stored.Label, stored.Operator, stored.Organ, stored.State, stored.Reviewed));
        Assert.Equal(["T1"], stored.ChannelNames);
        Assert.Equal((second.CreatedAt, second.CreatedAt.AddMinutes(1), second.CreatedAt.AddMinutes(21)), (stored.CreatedAt, stored.StartedAt!.Value, stored.EndedAt!.Value));
        Assert.Equal(["T1", "T2", "urethra"], list[1].ChannelNames);
        Assert.Equal((ProcedureState.Created, (DateTimeOffset?)null), (list[1].State, list[1].StartedAt));
    }

    [Fact]
    public async Task A_procedure_keeps_its_sensors_set_up_and_probe_tips_through_finish()
    {
        using var store = _h.Open();
        RecordedSensor[] sensors =
        [
            new(3, "TS1 ureter", CryoWeb.Controller.Safety.SensorRole.CriticalStructure, 2.5, CryoWeb.Controller.Safety.ProtectiveAction.Stop, [1, 2]),
            new(4, "TS2 margin", CryoWeb.Controller.Safety.SensorRole.Margin, 0, CryoWeb.Controller.Safety.ProtectiveAction.AlarmOnly, []),
        ];
        var created = store.CreateProcedure("Kidney L", "dr. Ana", "kidney", ["P1 tip", "P2 tip", "P3 tip", "TS1 ureter", "TS2 margin"], sensors, [0, 1, 2])!;
        Assert.True(store.StartProcedure(created.Id));
        Assert.True(store.FinishProcedure(created.Id));
        Assert.True(await store.FlushAsync());

        var stored = (await store.GetProcedureAsync(created.Id))!;

        Assert.Equal(sensors.Select(s => (s.Channel, s.Name, s.Role, s.LimitCelsius, s.Action, string.Join(",", s.LinkedProbes))),
            stored.Sensors.Select(s => (s.Channel, s.Name, s.Role, s.LimitCelsius, s.Action, string.Join(",", s.LinkedProbes))));
        Assert.Equal([0, 1, 2], stored.ProbeTipChannels);
        Assert.Equal(ProcedureState.Finished, stored.State);
    }

    [Fact]
    public async Task Users_and_settings_are_stored_by_key_and_overwritten()
    {
        using var store = _h.Open();
        var ana = new UserRecord { UserName = "ana", DisplayName = "Dr. Ana", Role = "Operator", PasswordHash = "pbkdf2$1" };
        Assert.True(store.SaveUser(ana));
        Assert.True(store.SaveUser(ana with { Role = "Admin", Enabled = false }));
        Assert.True(store.SaveUser(new UserRecord { UserName = "bo", DisplayName = "Bo", Role = "Reviewer", PasswordHash = "pbkdf2$2" }));
        Assert.True(store.SaveSetting("units", "celsius"));
        Assert.True(store.SaveSetting("units", "kelvin"));

        Assert.Equal(ana with { Role = "Admin", Enabled = false }, await store.GetUserAsync("ana"));
        Assert.Equal(["ana", "bo"], (await store.ListUsersAsync()).Select(u => u.UserName));
        Assert.Null(await store.GetUserAsync("eve"));
        Assert.Equal("kelvin", await store.GetSettingAsync("units"));
        Assert.Null(await store.GetSettingAsync("missing"));
    }

    [Fact]
    public async Task With_a_password_the_file_is_encrypted_and_reopens_only_with_it()
    {
        const string Label = "PATIENT-LABEL-7731";
        var store = _h.Open(password: "s3cret;with=odd chars");
        var p = store.CreateProcedure(Label, "dr. Ana", "liver", ["T1"])!;
        Assert.True(await store.FlushAsync());
        store.Dispose();

        Assert.DoesNotContain(Label, Encoding.ASCII.GetString(await File.ReadAllBytesAsync(_h.PathOf("cryo.db"))));
        using (var wrong = _h.Open(password: "guess"))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => wrong.GetProcedureAsync(p.Id));
            Assert.Equal(StorageState.Failed, wrong.Health.State);
        }

        using var reopened = _h.Open(password: "s3cret;with=odd chars");
        Assert.Equal(Label, (await reopened.GetProcedureAsync(p.Id))!.Label);
    }
}
