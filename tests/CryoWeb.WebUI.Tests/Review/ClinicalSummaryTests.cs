using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Safety;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Review;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.WebUI.Tests.Review;

/// <summary>The clinical summary's pieces on known sample data: tip minima per cycle, time past a limit, the actions
/// taken, alarm durations, the timeline's words and the audit trail's filter.</summary>
public class ClinicalSummaryTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static ProcedureRecord Record(DateTimeOffset? ended = null) => new()
    {
        Id = Guid.NewGuid(),
        Label = "Case 12",
        Operator = "anna",
        Organ = "prostate",
        ChannelNames = ["P1 tip", "TS1 urethra", "TS2 margin"],
        Sensors =
        [
            new RecordedSensor(1, "TS1 urethra", SensorRole.CriticalStructure, 3, ProtectiveAction.Stop, [1]),
            new RecordedSensor(2, "TS2 margin", SensorRole.Margin, 0, ProtectiveAction.AlarmOnly, []),
        ],
        ProbeTipChannels = [0],
        State = ProcedureState.Finished,
        CreatedAt = T0.AddMinutes(-5),
        StartedAt = T0,
        EndedAt = ended ?? T0.AddSeconds(100),
    };

    [Fact]
    public void The_minimum_of_each_window_takes_only_its_samples_and_valid_readings()
    {
        var minima = new CycleMinimums([(0, T0, T0.AddSeconds(10)), (0, T0.AddSeconds(20), T0.AddSeconds(30)), (1, T0, T0.AddSeconds(30))]);
        (double At, float Tip, float Ts)[] rows = [(0, 20f, 30f), (5, -120f, float.NaN), (10, -140f, 25f), (15, -160f, 24f), (25, -90f, float.NaN), (40, -170f, 1f)];
        foreach (var (at, tip, ts) in rows)
        {
            minima.Add(new SampleRow(T0.AddSeconds(at), [tip, ts]));
        }

        Assert.Equal([-140.0, -90.0, 24.0], minima.Result());
    }

    [Fact]
    public void A_critical_sensor_counts_its_time_at_or_below_its_limit_and_the_actions_taken()
    {
        var record = Record();
        var summarizer = new ChannelSummarizer(record.ChannelNames, SensorSummarizer.Limits(record));
        // TS1: 10 °C, then at its 3 °C limit for 0.2 s, then 2.5 °C for 0.1 s, then 4 °C.
        float[] ts1 = [10f, 3f, 2.9f, 2.5f, 4f, 5f];
        for (int i = 0; i < ts1.Length; i++)
        {
            summarizer.Add(new SampleRow(T0.AddSeconds(0.1 * i), [-100f, ts1[i], -25f]));
        }

        StoredAlarmEvent[] alarms =
        [
            new() { ProcedureId = record.Id, Time = T0.AddSeconds(0.1), Key = new AlarmKey(AlarmCondition.CriticalStructureLimit, 1), Priority = AlarmPriority.High, Action = AlarmAction.Raised, AlarmId = 7, Detail = "TS1 urethra at 3.0 °C" },
            new() { ProcedureId = record.Id, Time = T0.AddSeconds(0.4), Key = new AlarmKey(AlarmCondition.CriticalStructureLimit, 1), Priority = AlarmPriority.High, Action = AlarmAction.Cleared, AlarmId = 7 },
        ];

        var sensors = SensorSummarizer.Summarize(record, summarizer.Result(), alarms);

        var urethra = sensors[0];
        Assert.Equal((1, "TS1 urethra", "protected structure", 3.0, 2.5), (urethra.Channel, urethra.Name, urethra.Role, urethra.LimitCelsius!.Value, urethra.MinimumCelsius!.Value));
        Assert.Equal(0.3, urethra.SecondsPastLimit!.Value, 3);
        Assert.Equal("stop P1 (passive thaw): 1 time", urethra.ActionsTaken);
        var margin = sensors[1];
        Assert.Equal(("tumour margin", (double?)null, "—"), (margin.Role, margin.SecondsPastLimit, margin.ActionsTaken));
        Assert.Equal(0.5, margin.SecondsAtOrBelowMinus20, 3);
    }

    [Fact]
    public void Alarms_last_from_raised_to_their_last_clearing_or_to_the_end_and_keep_the_raised_detail()
    {
        var key = new AlarmKey(AlarmCondition.CriticalStructureLimit, 1);
        StoredAlarmEvent Event(double at, AlarmAction action, long id, AlarmPriority priority = AlarmPriority.High, string? user = null, string? detail = null) =>
            new() { Time = T0.AddSeconds(at), Key = key, Priority = priority, Action = action, AlarmId = id, User = user, Detail = detail };
        var supply = AlarmKey.Console(AlarmCondition.LowSupplyPressure);
        StoredAlarmEvent[] log =
        [
            Event(10, AlarmAction.Raised, 1, detail: "TS1 urethra at 2.9 °C"), Event(25, AlarmAction.Acknowledged, 1, user: "anna"),
            Event(40, AlarmAction.Cleared, 1), Event(40, AlarmAction.Ended, 1),
            new() { Time = T0.AddSeconds(50), Key = supply, Priority = AlarmPriority.Medium, Action = AlarmAction.Raised, AlarmId = 2, Detail = "Argon 900 psi" },
            new() { Time = T0.AddSeconds(70), Key = supply, Priority = AlarmPriority.High, Action = AlarmAction.Escalated, AlarmId = 2, Detail = "Medium -> High" },
            new() { Time = T0.AddSeconds(75), Key = null, Priority = AlarmPriority.High, Action = AlarmAction.AudioPaused, User = "anna" },
        ];

        var alarms = AlarmSummarizer.Summarize(log, T0.AddSeconds(100));

        Assert.Equal(2, alarms.Count);
        Assert.Equal(("Protected structure sensor past its limit", "TS1 urethra at 2.9 °C", 30.0, false, "anna", (int?)1),
            (alarms[0].Title, alarms[0].Detail, alarms[0].Seconds, alarms[0].Ongoing, alarms[0].AcknowledgedBy, alarms[0].Channel));
        Assert.Equal(("Gas supply pressure low", AlarmPriority.High, 50.0, true, (int?)null),
            (alarms[1].Title, alarms[1].Priority, alarms[1].Seconds, alarms[1].Ongoing, alarms[1].Channel));
    }

    [Fact]
    public void The_timeline_speaks_in_words_and_every_event_of_an_alarm_names_its_sensor()
    {
        var key = new AlarmKey(AlarmCondition.CriticalStructureLimit, 1);
        AuditEvent[] events =
        [
            new() { Time = T0.AddSeconds(1), User = ProbeModeRecorder.User, ClientAddress = "console", Command = ProbeModeRecorder.Command, Parameters = ProbeModeRecorder.Format(1, ProbeMode.PassiveThaw, 0), Outcome = "accepted" },
            new() { Time = T0.AddSeconds(2), User = "anna (Operator)", ClientAddress = "10.0.0.2", Command = "SetProbeMode", Parameters = "probe=1 mode=Freeze", Outcome = "accepted" },
        ];
        StoredAlarmEvent[] alarms =
        [
            new() { Time = T0.AddSeconds(3), Key = key, Priority = AlarmPriority.High, Action = AlarmAction.Raised, AlarmId = 4, Detail = "TS1 urethra at 2.9 °C" },
            new() { Time = T0.AddSeconds(4), Key = key, Priority = AlarmPriority.High, Action = AlarmAction.Acknowledged, AlarmId = 4, User = "anna" },
        ];

        var timeline = Timeline.Build(T0, events, alarms);

        Assert.Equal(
            ["Probe 1: passive thaw", "Protected structure sensor past its limit: TS1 urethra at 2.9 °C — raised", "Protected structure sensor past its limit: TS1 urethra at 2.9 °C — acknowledged"],
            timeline.Select(i => i.Text));
        Assert.Equal([null, 1, 1], timeline.Select(i => i.Channel));
    }

    [Fact]
    public void The_audit_trail_keeps_this_procedures_commands_in_its_span_and_leaves_out_security_events()
    {
        var record = Record();
        var other = Guid.NewGuid();
        AuditEvent Command(Guid? procedure, double at, string command, string user = "anna (Operator)") =>
            new() { ProcedureId = procedure, Time = T0.AddSeconds(at), User = user, ClientAddress = "10.0.0.2", Command = command, Outcome = "accepted" };
        AuditEvent[] events =
        [
            Command(record.Id, -60, "StartProcedure"),
            Command(record.Id, 5, "SetProbeMode") with { Parameters = "probe=1 mode=Freeze powerPercent=80" },
            Command(record.Id, 6, "SignIn", "ben (Supervisor)"), // an old record may hold security events: never shown
            Command(record.Id, 7, "SignInLockout", "mallory (Operator)"),
            Command(record.Id, 8, "SetProbeMode", "sam (Supervisor)") with { Parameters = "probe=2 mode=PassiveThaw powerPercent=100", Outcome = "refused: role: Supervisor may not" },
            Command(other, 9, "SetProbeMode"),
            Command(null, 10, "SignIn", "ben (Supervisor)"),
            Command(record.Id, 500, "MarkReviewed", "rita (Reviewer)"), // after the end
            new() { ProcedureId = record.Id, Time = T0.AddSeconds(11), User = ProbeModeRecorder.User, ClientAddress = "console", Command = ProbeModeRecorder.Command, Parameters = ProbeModeRecorder.Format(1, ProbeMode.Freeze, 100), Outcome = "accepted" },
        ];

        var trail = AuditTrail.Build(record, events, record.EndedAt!.Value);

        Assert.Equal(
            [("anna (Operator)", -60.0), ("anna (Operator)", 5.0), ("sam (Supervisor)", 8.0)],
            trail.Select(i => (i.User!, i.ElapsedSeconds)));
        Assert.All(trail, i => Assert.Equal(TimelineItem.CommandKind, i.Kind));
        Assert.Equal(
            ["Procedure started — accepted", "Probe 1: freeze at 80 % — accepted", "Probe 2: passive thaw — refused: role: Supervisor may not"],
            trail.Select(i => i.Text));
    }

    [Fact]
    public void The_audit_trail_names_an_acknowledged_alarm_from_the_records_alarms()
    {
        var record = Record();
        AuditEvent[] events =
        [
            new() { ProcedureId = record.Id, Time = T0.AddSeconds(20), User = "anna (Operator)", ClientAddress = "10.0.0.2", Command = "AcknowledgeAlarm", Parameters = "alarm=4", Outcome = "accepted" },
        ];
        StoredAlarmEvent[] alarms =
        [
            new() { ProcedureId = record.Id, Time = T0.AddSeconds(10), Key = new AlarmKey(AlarmCondition.CriticalStructureLimit, 1), Priority = AlarmPriority.High, AlarmId = 4, Detail = "TS1 urethra at 2.3 °C", Action = AlarmAction.Raised },
        ];

        var item = Assert.Single(AuditTrail.Build(record, events, record.EndedAt!.Value, alarms));

        Assert.Equal($"Alarm acknowledged: {AlarmSummarizer.Title(AlarmCondition.CriticalStructureLimit)}: TS1 urethra at 2.3 °C — accepted", item.Text);
    }
}
