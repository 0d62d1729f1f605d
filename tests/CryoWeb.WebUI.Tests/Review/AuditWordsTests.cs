using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Review;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.WebUI.Tests.Review;

/// <summary>
/// The audit trail in words: every command the console audits into a procedure's record, accepted or refused, as a
/// clinician reads it; the stored record is untouched, and anything unknown or malformed shows the stored text.
/// </summary>
public class AuditWordsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static AuditEvent Event(string command, string parameters = "", string outcome = "accepted") => new()
    {
        ProcedureId = Guid.NewGuid(),
        Time = T0,
        User = "anna (Operator)",
        ClientAddress = "10.0.0.2",
        Command = command,
        Parameters = parameters,
        Outcome = outcome,
    };

    [Theory]
    // ConsoleCommandService
    [InlineData("SetProbeMode", "probe=1 mode=Freeze powerPercent=80", "Probe 1: freeze at 80 % — accepted")]
    [InlineData("SetProbeMode", "probe=2 mode=PassiveThaw powerPercent=100", "Probe 2: passive thaw — accepted")]
    [InlineData("SetProbeMode", "probe=1 mode=ActiveThaw powerPercent=100", "Probe 1: active thaw — accepted")]
    [InlineData("SetProbeMode", "probe=3 mode=Freeze powerPercent=62.5", "Probe 3: freeze at 62.5 % — accepted")]
    [InlineData("SetProbeMode", "probe=1 mode=Freeze", "Probe 1: freeze — accepted")]
    [InlineData("StartProtocol", "protocol=Double freeze probes=[1,2]", "Protocol “Double freeze” started on probes 1, 2 — accepted")]
    [InlineData("StartProtocol", "protocol=Single probes=[3]", "Protocol “Single” started on probe 3 — accepted")]
    [InlineData("ProtocolAction", "probe=1 action=Pause extendBy=00:00:00", "Probe 1: protocol paused — accepted")]
    [InlineData("ProtocolAction", "probe=1 action=Resume extendBy=00:00:00", "Probe 1: protocol resumed — accepted")]
    [InlineData("ProtocolAction", "probe=2 action=SkipStep extendBy=00:00:00", "Probe 2: protocol step skipped — accepted")]
    [InlineData("ProtocolAction", "probe=2 action=ExtendStep extendBy=00:01:30", "Probe 2: protocol step extended by 1:30 — accepted")]
    [InlineData("ProtocolAction", "probe=1 action=Abort extendBy=00:00:00", "Probe 1: protocol stopped — accepted")]
    [InlineData("CloseProcedure", "procedureId=6f0c0d1e-1f2a-4b3c-8d4e-5f6a7b8c9d0e", "Gas, protocols and sensor guards closed for the end of the procedure — accepted")]
    [InlineData("SetSensorGuards", "sensors=2", "Sensor guards set on 2 sensors — accepted")]
    [InlineData("SetSensorGuards", "sensors=1", "Sensor guards set on 1 sensor — accepted")]
    [InlineData("SetSensorGuards", "sensors=0", "Sensor guards cleared — accepted")]
    [InlineData("ResetEmergencyStop", "", "Emergency stop reset — accepted")]
    [InlineData("EmergencyStop", "", "Emergency stop — accepted")]
    // The procedure, the alarm bar, the iceball records, the review, the simulator and the protocol library
    [InlineData("CreateProcedure", "label=Case 12 organ=kidney", "Procedure set up — accepted")]
    [InlineData("StartProcedure", "procedureId=6f0c0d1e-1f2a-4b3c-8d4e-5f6a7b8c9d0e", "Procedure started — accepted")]
    [InlineData("FinishProcedure", "procedureId=6f0c0d1e-1f2a-4b3c-8d4e-5f6a7b8c9d0e", "Procedure finished — accepted")]
    [InlineData("AcknowledgeAlarm", "alarm=99", "Alarm acknowledged — accepted")]
    [InlineData("PauseAudio", "duration=00:02:00", "Alarm audio paused for 2:00 — accepted")]
    [InlineData("ResumeAudio", "", "Alarm audio resumed — accepted")]
    [InlineData("SaveIceballLayout", "procedureId=6f0c0d1e-1f2a-4b3c-8d4e-5f6a7b8c9d0e probes=2 sensors=3", "Iceball layout saved — accepted")]
    [InlineData("SaveIceballPlan", "procedureId=6f0c0d1e-1f2a-4b3c-8d4e-5f6a7b8c9d0e probes=2 sensors=3 protocol=Double", "Iceball plan saved — accepted")]
    [InlineData("MarkReviewed", "procedureId=6f0c0d1e-1f2a-4b3c-8d4e-5f6a7b8c9d0e", "Marked reviewed — accepted")]
    [InlineData("InjectSimulatorFault", "SimulatorFault { Kind = OpenThermocouple }", "Simulator fault injected — accepted")]
    [InlineData("ClearSimulatorFaults", "", "Simulator faults cleared — accepted")]
    [InlineData("SaveProtocolPresets", "presets=3", "Protocol presets saved — accepted")]
    // The console's own probe-mode records (on the timeline; in words in the JSON export too)
    [InlineData("ProbeMode", "probe=1 mode=Freeze power=80", "Probe 1: freeze at 80 % — accepted")]
    [InlineData("ProbeMode", "probe=2 mode=Off", "Probe 2: off — accepted")]
    public void Every_audited_command_reads_in_words(string command, string parameters, string expected) =>
        Assert.Equal(expected, AuditWords.Line(Event(command, parameters)));

    [Fact]
    public void A_refused_command_reads_with_its_refusal_reason()
    {
        var refused = Event("SetProbeMode", "probe=1 mode=Freeze powerPercent=100", "refused: Argon supply is below 2000 psi.");

        Assert.Equal("Probe 1: freeze at 100 % — refused: Argon supply is below 2000 psi.", AuditWords.Line(refused));
    }

    [Fact]
    public void A_role_refusal_does_not_name_the_command()
    {
        var refused = Event("SetProbeMode", "probe=1 mode=Freeze powerPercent=80", "refused: sam (Supervisor) may not run SetProbeMode: it needs the Operator role.");

        Assert.Equal("Probe 1: freeze at 80 % — refused: sam (Supervisor) may not do this: it needs the Operator role.", AuditWords.Line(refused));
    }

    [Fact]
    public void An_acknowledged_alarm_is_named_from_the_record()
    {
        StoredAlarmEvent[] alarms =
        [
            new() { Time = T0, Key = new AlarmKey(AlarmCondition.CriticalStructureLimit, 1), Priority = AlarmPriority.High, AlarmId = 7, Detail = "TS1 urethra at 2.3 °C", Action = AlarmAction.Raised },
            new() { Time = T0.AddSeconds(5), Key = new AlarmKey(AlarmCondition.CriticalStructureLimit, 1), Priority = AlarmPriority.High, AlarmId = 7, Action = AlarmAction.Acknowledged, User = "anna" },
        ];

        string line = AuditWords.Line(Event("AcknowledgeAlarm", "alarm=7"), AuditWords.AlarmNames(alarms));

        Assert.Equal($"Alarm acknowledged: {AlarmSummarizer.Title(AlarmCondition.CriticalStructureLimit)}: TS1 urethra at 2.3 °C — accepted", line);
    }

    [Theory]
    [InlineData("SomeFutureCommand", "x=1", "accepted")]
    [InlineData("SetProbeMode", "probe=one mode=Freeze", "accepted")]
    [InlineData("SetProbeMode", "probe=1 mode=7", "accepted")]
    [InlineData("StartProtocol", "garbage", "accepted")]
    [InlineData("ProtocolAction", "probe=1 action=Dance extendBy=00:00:00", "accepted")]
    [InlineData("SetSensorGuards", "sensors=-4", "accepted")]
    [InlineData("StartProcedure", "", "failed: disk full")]
    public void An_unknown_or_malformed_entry_shows_the_stored_text_and_never_throws(string command, string parameters, string outcome)
    {
        var e = Event(command, parameters, outcome);

        Assert.Equal(AuditWords.Stored(e), AuditWords.Line(e));
    }

    [Fact]
    public void The_stored_text_is_the_command_its_parameters_and_the_outcome()
    {
        Assert.Equal("SetProbeMode probe=1 mode=Freeze: accepted", AuditWords.Stored(Event("SetProbeMode", "probe=1 mode=Freeze")));
        Assert.Equal("EmergencyStop: refused: no", AuditWords.Stored(Event("EmergencyStop", "", "refused: no")));
    }
}
