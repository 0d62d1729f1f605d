using Bunit;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Components.Console;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.WebUI.Tests.Console;

public sealed class AlarmBarTests
{
    private static IRenderedComponent<AlarmBar> Render(BunitContext context, ConsoleRig rig, Caller caller) =>
        context.Render<AlarmBar>(p => p.Add(b => b.Snapshot, rig.Alarms.Snapshot()).Add(b => b.Caller, caller));

    private static void RaiseThree(ConsoleRig rig)
    {
        // Raised lowest first, so the order on screen comes from the priority, not from arrival.
        rig.Alarms.Update(new AlarmKey(AlarmCondition.MarginReachedMinus20, 2), true, "TS1 margin at -20.3 °C");
        rig.Time.Advance(TimeSpan.FromSeconds(1));
        rig.Alarms.Update(new AlarmKey(AlarmCondition.LowSupplyPressure, 0), true, "argon 1200 psi");
        rig.Time.Advance(TimeSpan.FromSeconds(1));
        rig.Alarms.Update(AlarmKey.Console(AlarmCondition.EmergencyStop), true);
    }

    [Fact]
    public async Task Alarms_are_listed_high_before_medium_before_information_with_their_priority()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        RaiseThree(rig);

        var bar = Render(context, rig, ConsoleRig.Operator);

        var priorities = bar.FindAll("[data-testid=alarm-bar] li.alarm").Select(li => li.GetAttribute("data-priority")).ToList();
        Assert.Equal(["High", "Medium", "Information"], priorities);
        Assert.Contains("alarm-high", bar.FindAll("li.alarm")[0].ClassName, StringComparison.Ordinal);
        Assert.Contains("unacknowledged", bar.FindAll("li.alarm")[0].ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_more_alarms_than_the_bar_shows_it_says_how_many_more_wait_below()
    {
        // The bar's height is reserved for one alarm line: the others scroll inside it, and must not go unseen.
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        rig.Alarms.Update(AlarmKey.Console(AlarmCondition.EmergencyStop), true);

        var bar = Render(context, rig, ConsoleRig.Operator);
        Assert.Empty(bar.FindAll("[data-testid=alarm-count]"));

        RaiseThree(rig);
        bar.Render(p => p.Add(b => b.Snapshot, rig.Alarms.Snapshot()));
        Assert.Equal("3 alarms: 2 more below", bar.Find("[data-testid=alarm-count]").TextContent.Trim());
    }

    [Fact]
    public async Task Acknowledge_reaches_the_alarm_manager_and_shows_who_acknowledged()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        RaiseThree(rig);
        var high = rig.Alarms.Snapshot().Alarms[0];
        var bar = Render(context, rig, ConsoleRig.Operator);

        bar.Find($"[data-testid=alarm-ack-{high.Id}]").Click();

        var after = rig.Alarms.Snapshot().Alarms.Single(a => a.Id == high.Id);
        Assert.Equal("anna", after.AcknowledgedBy);
        bar.Render(p => p.Add(b => b.Snapshot, rig.Alarms.Snapshot()));
        Assert.Equal("acknowledged by anna", bar.Find($"[data-testid=alarm-ack-by-{high.Id}]").TextContent);
        Assert.Empty(bar.FindAll($"[data-testid=alarm-ack-{high.Id}]"));
    }

    [Fact]
    public async Task Audio_pause_reaches_the_manager_and_counts_down_on_the_clock()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        RaiseThree(rig);
        var bar = Render(context, rig, ConsoleRig.Operator);

        bar.Find("[data-testid=audio-pause]").Click();
        Assert.True(rig.Alarms.Snapshot().Audio.IsPaused);
        bar.Render(p => p.Add(b => b.Snapshot, rig.Alarms.Snapshot()));
        Assert.EndsWith("2:00", bar.Find("[data-testid=audio-pause-countdown]").TextContent, StringComparison.Ordinal);

        rig.Time.Advance(TimeSpan.FromSeconds(35));
        bar.Render(p => p.Add(b => b.Snapshot, rig.Alarms.Snapshot()));

        Assert.Equal("Audio paused by anna: 1:25", bar.Find("[data-testid=audio-pause-countdown]").TextContent);
        Assert.Single(bar.FindAll("[data-testid=audio-resume]"));
    }

    [Fact]
    public async Task A_supervisor_sees_the_alarms_but_cannot_acknowledge_or_pause()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Supervisor);
        RaiseThree(rig);

        var bar = Render(context, rig, ConsoleRig.Supervisor);

        Assert.Equal(3, bar.FindAll("li.alarm").Count);
        Assert.Empty(bar.FindAll("[data-testid^=alarm-ack-]"));
        Assert.Empty(bar.FindAll("[data-testid=audio-pause]"));
    }

    [Fact]
    public async Task The_sound_follows_the_highest_sounding_priority_and_stops_when_acknowledged()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var audio = context.JSInterop.SetupModule("./js/alarm-audio.js");
        audio.Setup<bool>("isUnlocked").SetResult(true);
        audio.SetupVoid("setAlarmSound", _ => true).SetVoidResult();
        rig.Alarms.Update(AlarmKey.Console(AlarmCondition.EmergencyStop), true);
        var high = rig.Alarms.Snapshot().Alarms[0];

        var bar = Render(context, rig, ConsoleRig.Operator);
        bar.WaitForAssertion(() => Assert.Equal("High", audio.VerifyInvoke("setAlarmSound").Arguments[0]));

        rig.Alarms.Acknowledge(high.Id, "anna");
        bar.Render(p => p.Add(b => b.Snapshot, rig.Alarms.Snapshot()));

        bar.WaitForAssertion(() => Assert.Null(audio.Invocations["setAlarmSound"][^1].Arguments[0]));
        Assert.Empty(bar.FindAll("[data-testid=enable-sound]"));
    }

    [Fact]
    public async Task Until_the_browser_unlocks_audio_an_enable_sound_control_is_shown()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var audio = context.JSInterop.SetupModule("./js/alarm-audio.js");
        audio.Setup<bool>("isUnlocked").SetResult(false);
        audio.Setup<bool>("unlock").SetResult(true);

        var bar = Render(context, rig, ConsoleRig.Operator);
        bar.WaitForElement("[data-testid=enable-sound]").Click();

        bar.WaitForAssertion(() => Assert.Empty(bar.FindAll("[data-testid=enable-sound]")));
        audio.VerifyInvoke("unlock");
    }

    [Fact]
    public async Task The_enable_sound_control_goes_once_a_tap_anywhere_has_unlocked_audio()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var audio = context.JSInterop.SetupModule("./js/alarm-audio.js");
        var unlocked = audio.Setup<bool>("isUnlocked");
        unlocked.SetResult(false);
        var bar = Render(context, rig, ConsoleRig.Operator);
        bar.WaitForElement("[data-testid=enable-sound]");

        audio.Setup<bool>("isUnlocked").SetResult(true); // the page's first-gesture listener resumed the audio
        bar.Render(p => p.Add(b => b.Snapshot, rig.Alarms.Snapshot()));

        bar.WaitForAssertion(() => Assert.Empty(bar.FindAll("[data-testid=enable-sound]")));
        Assert.Empty(audio.Invocations["unlock"]);
    }
}
