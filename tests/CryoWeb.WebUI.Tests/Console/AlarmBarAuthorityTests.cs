using CryoWeb.Controller.CommandService;
using Bunit;
using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Components.Console;
using Microsoft.Extensions.DependencyInjection;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.WebUI.Tests.Console;

/// <summary>
/// The alarm manager checks no roles, so the bar must: only an Operator may acknowledge or pause/resume the audio,
/// even when the hidden button is bypassed, and every attempt is audited with its outcome.
/// </summary>
public sealed class AlarmBarAuthorityTests
{
    private static IRenderedComponent<AlarmBar> Render(BunitContext context, AlarmManager alarms, Caller caller) =>
        context.Render<AlarmBar>(p => p.Add(b => b.Snapshot, alarms.Snapshot()).Add(b => b.Caller, caller));

    private static Alarm RaiseHigh(AlarmManager alarms)
    {
        alarms.Update(AlarmKey.Console(AlarmCondition.EmergencyStop), true);
        return alarms.Snapshot().Alarms[0];
    }

    [Fact]
    public async Task A_supervisor_calling_acknowledge_is_refused_audited_and_the_alarm_stays_unacknowledged()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var high = RaiseHigh(rig.Alarms);
        var bar = Render(context, rig.Alarms, ConsoleRig.Operator);
        bar.Render(p => p.Add(b => b.Caller, ConsoleRig.Supervisor)); // e.g. a stale page after a role change

        await bar.InvokeAsync(() => bar.Instance.Acknowledge(high.Id));
        bar.Render(p => p.Add(b => b.Snapshot, rig.Alarms.Snapshot()));

        Assert.Null(rig.Alarms.Snapshot().Alarms.Single(a => a.Id == high.Id).AcknowledgedBy);
        Assert.Contains("Operator", bar.Find("[data-testid=alarm-message]").TextContent, StringComparison.Ordinal);
        var entry = Assert.Single(rig.Audit.Entries, e => e.Command == "AcknowledgeAlarm");
        Assert.Equal(("sam", ConsoleRole.Supervisor, false), (entry.User, entry.Role, entry.Accepted));
    }

    [Fact]
    public async Task A_supervisor_calling_pause_or_resume_is_refused_and_audited()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Supervisor);
        RaiseHigh(rig.Alarms);
        var bar = Render(context, rig.Alarms, ConsoleRig.Supervisor);

        await bar.InvokeAsync(() => bar.Instance.Pause());
        Assert.False(rig.Alarms.Snapshot().Audio.IsPaused);

        rig.Alarms.PauseAudio("anna");
        await bar.InvokeAsync(() => bar.Instance.Resume());
        Assert.True(rig.Alarms.Snapshot().Audio.IsPaused);

        Assert.Equal(["PauseAudio", "ResumeAudio"], rig.Audit.Entries.Where(e => !e.Accepted && e.User == "sam").Select(e => e.Command));
    }

    [Fact]
    public async Task An_operators_acknowledge_pause_and_resume_are_audited_as_accepted()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var high = RaiseHigh(rig.Alarms);
        var bar = Render(context, rig.Alarms, ConsoleRig.Operator);

        bar.Find($"[data-testid=alarm-ack-{high.Id}]").Click();
        bar.Find("[data-testid=audio-pause]").Click();
        bar.Render(p => p.Add(b => b.Snapshot, rig.Alarms.Snapshot()));
        bar.Find("[data-testid=audio-resume]").Click();

        Assert.Equal("anna", rig.Alarms.Snapshot().Alarms.Single(a => a.Id == high.Id).AcknowledgedBy);
        var entries = rig.Audit.Entries.Where(e => e.Command is "AcknowledgeAlarm" or "PauseAudio" or "ResumeAudio").ToList();
        Assert.Equal(["AcknowledgeAlarm", "PauseAudio", "ResumeAudio"], entries.Select(e => e.Command));
        Assert.All(entries, e => Assert.Equal(("anna", true, "10.0.0.21"), (e.User, e.Accepted, e.ClientAddress)));
        Assert.Equal($"alarm={high.Id}", entries[0].Parameters);
    }

    [Fact]
    public async Task The_pause_control_names_the_pause_length_the_alarm_manager_applies()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var alarms = new AlarmManager(rig.Time, new AlarmManagerOptions { AudioPauseDuration = TimeSpan.FromSeconds(90) });
        context.Services.AddSingleton(alarms);
        context.Services.AddSingleton(new ConsoleCommandService(rig.Core, rig.Audit, rig.Time, rig.GasPermit, alarms));
        RaiseHigh(alarms);
        var bar = Render(context, alarms, ConsoleRig.Operator);

        Assert.Equal("Pause audio 90 s", bar.Find("[data-testid=audio-pause]").TextContent);
        bar.Find("[data-testid=audio-pause]").Click();
        bar.Render(p => p.Add(b => b.Snapshot, alarms.Snapshot()));
        Assert.EndsWith("1:30", bar.Find("[data-testid=audio-pause-countdown]").TextContent, StringComparison.Ordinal);
    }
}
