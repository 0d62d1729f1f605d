using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Conditions;
using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Tests.Control;

namespace CryoWeb.Controller.Tests.Commands;

/// <summary>
/// Issue 15: alarm acknowledge and audio pause/resume were implemented three times (alarm bar, REST, hub), mapped three
/// ways and audited once. They are commands of the command service now: Operators only, every attempt audited, one
/// mapping of the alarm manager's answers (an unknown id is invalid input naming "id"; the rest is refused by state).
/// </summary>
public sealed class AlarmCommandTests
{
    private static readonly Caller Operator = new("anna", ConsoleRole.Operator, "10.0.0.21");
    private static readonly Caller Supervisor = new("sam", ConsoleRole.Supervisor, "10.0.0.40");

    private readonly ConsoleHarness _console = new();
    private readonly MemoryAuditTrail _audit = new();
    private readonly AlarmManager _alarms;
    private readonly ConsoleCommandService _commands;

    public AlarmCommandTests()
    {
        _alarms = new AlarmManager(_console.Time, new AlarmManagerOptions());
        _commands = new ConsoleCommandService(_console.Core, _audit, _console.Time, new ProcedureGasPermit(), _alarms);
    }

    private Alarm RaiseHigh()
    {
        _alarms.Update(AlarmKey.Console(AlarmCondition.EmergencyStop), true);
        return _alarms.Snapshot().Alarms[0];
    }

    [Fact]
    public void An_operator_acknowledges_and_the_answers_are_mapped_once()
    {
        var alarm = RaiseHigh();

        var first = _commands.AcknowledgeAlarm(Operator, alarm.Id);
        var again = _commands.AcknowledgeAlarm(Operator, alarm.Id);
        var unknown = _commands.AcknowledgeAlarm(Operator, 999_999);

        Assert.Equal(CommandOutcomeKind.Accepted, first.Kind);
        Assert.Equal("anna", _alarms.Snapshot().Alarms.Single(a => a.Id == alarm.Id).AcknowledgedBy);
        Assert.Equal((CommandOutcomeKind.Refused, $"Alarm {alarm.Id} is already acknowledged."), (again.Kind, again.Reason));
        Assert.Equal((CommandOutcomeKind.Invalid, "id"), (unknown.Kind, unknown.Field));
        Assert.StartsWith("id: no alarm 999999 is shown", unknown.Reason, StringComparison.Ordinal);
        Assert.Equal(
            [("AcknowledgeAlarm", $"alarm={alarm.Id}", true), ("AcknowledgeAlarm", $"alarm={alarm.Id}", false), ("AcknowledgeAlarm", "alarm=999999", false)],
            _audit.Entries.Select(e => (e.Command, e.Parameters, e.Accepted)));
    }

    [Fact]
    public void A_supervisor_is_refused_naming_the_role_audited_and_nothing_changes()
    {
        var alarm = RaiseHigh();

        var acknowledge = _commands.AcknowledgeAlarm(Supervisor, alarm.Id);
        var pause = _commands.PauseAudio(Supervisor);
        _alarms.PauseAudio("anna");
        var resume = _commands.ResumeAudio(Supervisor);

        Assert.All([acknowledge, pause, resume], o => Assert.Equal(CommandOutcomeKind.Refused, o.Kind));
        Assert.Contains("Operator", acknowledge.Reason, StringComparison.Ordinal);
        Assert.Null(_alarms.Snapshot().Alarms.Single(a => a.Id == alarm.Id).AcknowledgedBy);
        Assert.Equal("anna", _alarms.Snapshot().Audio.PausedBy);
        Assert.Equal(["AcknowledgeAlarm", "PauseAudio", "ResumeAudio"], _audit.Entries.Where(e => e.User == "sam" && !e.Accepted).Select(e => e.Command));
    }

    [Fact]
    public void A_caller_whose_session_ended_is_refused_even_for_the_emergency_stop()
    {
        var session = new CallerSession("s1");
        var caller = Operator with { Session = session };
        RaiseHigh();
        session.End();

        var pause = _commands.PauseAudio(caller);
        var stop = _commands.EmergencyStop(caller);

        Assert.Equal(ConsoleCommandService.SessionEnded, pause.Reason);
        Assert.Equal(ConsoleCommandService.SessionEnded, stop.Reason);
        Assert.False(_alarms.Snapshot().Audio.IsPaused);
        Assert.False(_console.Core.EmergencyStopLatched);
    }

    [Fact]
    public void An_operator_pauses_and_resumes_the_audio_and_a_resume_with_nothing_paused_is_refused()
    {
        RaiseHigh();

        var pause = _commands.PauseAudio(Operator);
        Assert.True(_alarms.Snapshot().Audio.IsPaused);
        var resume = _commands.ResumeAudio(Operator);
        var resumeAgain = _commands.ResumeAudio(Operator);

        Assert.True(pause.Accepted);
        Assert.True(resume.Accepted);
        Assert.False(_alarms.Snapshot().Audio.IsPaused);
        Assert.Equal((CommandOutcomeKind.Refused, "Audio was not paused."), (resumeAgain.Kind, resumeAgain.Reason));
        Assert.Equal("duration=00:02:00", _audit.Entries.Single(e => e.Command == "PauseAudio").Parameters);
    }

    [Fact]
    public async Task Bad_input_is_invalid_naming_the_field_before_anything_is_queued()
    {
        var permit = new ProcedureGasPermit();
        permit.Open(Guid.NewGuid());
        var commands = new ConsoleCommandService(_console.Core, _audit, _console.Time, permit, _alarms);

        var probe = await commands.SetProbeMode(Operator, 9, CryoWeb.Controller.Probes.ProbeMode.Freeze);
        var mode = await commands.SetProbeMode(Operator, 1, (CryoWeb.Controller.Probes.ProbeMode)42);
        var action = await commands.ProtocolAction(Operator, 1, (ProtocolAction)42);

        // Answered without a tick: nothing reached the controller's queue.
        Assert.Equal((CommandOutcomeKind.Invalid, "probe"), (probe.Kind, probe.Field));
        Assert.Equal("probe: 9 does not exist; the console has probes 1 to 3.", probe.Reason);
        Assert.Equal((CommandOutcomeKind.Invalid, "mode"), (mode.Kind, mode.Field));
        Assert.Equal((CommandOutcomeKind.Invalid, "action"), (action.Kind, action.Field));
        Assert.Equal(3, _audit.Entries.Count(e => !e.Accepted));
    }

    [Fact]
    public async Task A_supervisor_sending_bad_input_is_told_about_the_role_first()
    {
        var outcome = await _commands.SetProbeMode(Supervisor, 9, CryoWeb.Controller.Probes.ProbeMode.Freeze);

        Assert.Equal(CommandOutcomeKind.Refused, outcome.Kind);
        Assert.Contains("Operator", outcome.Reason, StringComparison.Ordinal);
    }
}
