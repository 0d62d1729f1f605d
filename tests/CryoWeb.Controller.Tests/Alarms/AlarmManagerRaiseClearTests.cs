using CryoWeb.Controller.Alarms;
using static CryoWeb.Controller.Tests.Alarms.AlarmRig;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Tests.Alarms;

/// <summary>Raising, clearing, latching and acknowledging alarms and information signals.</summary>
public class AlarmManagerRaiseClearTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public void Non_latching_alarm_is_shown_while_present_and_ends_when_its_condition_clears()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(Tc(3), true, "open circuit");

        var alarm = rig.Single();
        Assert.Equal(1, alarm.Id);
        Assert.Equal(Tc(3), alarm.Key);
        Assert.Equal(AlarmPriority.Medium, alarm.Priority);
        Assert.Equal("Temperature sensor fault", alarm.Title);
        Assert.Equal("open circuit", alarm.Detail);
        Assert.Equal(Start, alarm.RaisedAt);
        Assert.Equal(AlarmState.Active, alarm.State);
        Assert.True(alarm.ConditionPresent && alarm.IsSounding);
        Assert.False(alarm.Latching || alarm.IsAcknowledged || alarm.IsEscalated || alarm.IsInformationSignal);
        Assert.Equal(AlarmPriority.Medium, rig.Audio.Sounding);

        rig.Advance(5 * Second);
        rig.Manager.Update(Tc(3), false);

        Assert.Empty(rig.Snapshot.Alarms);
        Assert.Null(rig.Audio.Sounding);
        Assert.Equal([AlarmLogEvent.Raised, AlarmLogEvent.ConditionCleared, AlarmLogEvent.Ended], rig.Events());
        Assert.Equal([Start, Start + 5 * Second, Start + 5 * Second], rig.Manager.Log.Select(e => e.Time));
    }

    [Fact]
    public void Latching_alarm_stays_shown_and_sounding_after_its_condition_clears_until_acknowledged()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(EStop, true);
        rig.Advance(Second);
        rig.Manager.Update(EStop, false);

        var alarm = rig.Single();
        Assert.Equal(AlarmState.ClearedAwaitingAcknowledgement, alarm.State);
        Assert.True(alarm.Latching && alarm.IsSounding);
        Assert.False(alarm.ConditionPresent);
        Assert.Equal(AlarmPriority.High, rig.Audio.Sounding);

        rig.Advance(Second);
        Assert.Equal(AcknowledgeResult.Acknowledged, rig.Manager.Acknowledge(alarm.Id, "nurse.a"));

        Assert.Empty(rig.Snapshot.Alarms);
        Assert.Null(rig.Audio.Sounding);
        Assert.Equal(
            [AlarmLogEvent.Raised, AlarmLogEvent.ConditionCleared, AlarmLogEvent.Acknowledged, AlarmLogEvent.Ended],
            rig.Events());
        Assert.Equal([null, null, "nurse.a", null], rig.Manager.Log.Select(e => e.User));
    }

    [Fact]
    public void Acknowledging_while_the_condition_is_present_silences_it_and_it_ends_when_the_condition_clears()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(EStop, true);
        rig.Advance(2 * Second);
        long id = rig.Single().Id;

        Assert.Equal(AcknowledgeResult.Acknowledged, rig.Manager.Acknowledge(id, "dr.b"));
        var alarm = rig.Single();
        Assert.Equal(AlarmState.Acknowledged, alarm.State);
        Assert.Equal("dr.b", alarm.AcknowledgedBy);
        Assert.Equal(Start + 2 * Second, alarm.AcknowledgedAt);
        Assert.True(alarm.ConditionPresent);
        Assert.False(alarm.IsSounding);
        Assert.Null(rig.Audio.Sounding);

        rig.Advance(Second);
        rig.Manager.Update(EStop, false);
        Assert.Empty(rig.Snapshot.Alarms);
        Assert.Equal(
            [AlarmLogEvent.Raised, AlarmLogEvent.Acknowledged, AlarmLogEvent.ConditionCleared, AlarmLogEvent.Ended],
            rig.Events());
    }

    [Fact]
    public void Acknowledge_reports_unknown_already_acknowledged_and_information_signal()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(EStop, true);
        rig.Manager.Update(Margin20(2), true);
        long estop = rig.Find(EStop).Id;
        long margin = rig.Find(Margin20(2)).Id;

        Assert.Equal(AcknowledgeResult.UnknownAlarm, rig.Manager.Acknowledge(42, "nurse.a"));
        Assert.Equal(AcknowledgeResult.InformationSignal, rig.Manager.Acknowledge(margin, "nurse.a"));
        Assert.Equal(AcknowledgeResult.Acknowledged, rig.Manager.Acknowledge(estop, "nurse.a"));
        Assert.Equal(AcknowledgeResult.AlreadyAcknowledged, rig.Manager.Acknowledge(estop, "dr.b"));
        Assert.Equal("nurse.a", rig.Find(EStop).AcknowledgedBy);

        rig.Manager.Update(EStop, false);
        Assert.Equal(AcknowledgeResult.UnknownAlarm, rig.Manager.Acknowledge(estop, "dr.b"));
        Assert.Single(rig.Manager.Log, e => e.Event == AlarmLogEvent.Acknowledged);
        Assert.Throws<ArgumentException>(() => rig.Manager.Acknowledge(margin, " "));
    }

    [Fact]
    public void Information_signal_is_shown_and_logged_but_never_sounds_escalates_or_latches()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(Margin20(2), true, "TS2 -20.3 C");

        var signal = rig.Single();
        Assert.True(signal.IsInformationSignal);
        Assert.Equal("Margin sensor reached -20 °C", signal.Title);
        Assert.False(signal.IsSounding || signal.Latching);
        Assert.Null(rig.Audio.Sounding);

        rig.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(AlarmPriority.Information, rig.Single().Priority);
        Assert.Equal(AcknowledgeResult.InformationSignal, rig.Manager.Acknowledge(signal.Id, "nurse.a"));

        rig.Manager.Update(Margin20(2), false);
        Assert.Empty(rig.Snapshot.Alarms);
        Assert.Equal([AlarmLogEvent.Raised, AlarmLogEvent.ConditionCleared, AlarmLogEvent.Ended], rig.Events());
        Assert.Equal("TS2 -20.3 C", rig.Manager.Log[0].Detail);
    }

    [Fact]
    public void Latched_alarm_whose_condition_returns_is_the_same_alarm_present_again()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(EStop, true);
        long id = rig.Single().Id;
        rig.Manager.Update(EStop, false);
        rig.Advance(Second);
        rig.Manager.Update(EStop, true);

        var alarm = rig.Single();
        Assert.Equal(id, alarm.Id);
        Assert.Equal(AlarmState.Active, alarm.State);
        Assert.Equal(Start, alarm.RaisedAt);
        Assert.Equal(AlarmLogEvent.ConditionReturned, rig.Events()[^1]);
        Assert.Equal(Start + Second, rig.Manager.Log[^1].Time);

        // Acknowledged while present again: it now ends when the condition clears.
        rig.Manager.Acknowledge(id, "nurse.a");
        rig.Manager.Update(EStop, false);
        Assert.Empty(rig.Snapshot.Alarms);
    }

    [Fact]
    public void Each_time_a_condition_becomes_present_is_a_new_alarm_and_subjects_are_separate()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(Tc(1), true);
        long first = rig.Single().Id;
        rig.Manager.Update(Tc(1), false);
        rig.Manager.Update(Tc(1), true);
        rig.Manager.Update(Tc(2), true);

        var alarms = rig.Snapshot.Alarms;
        Assert.Equal([Tc(1), Tc(2)], alarms.Select(a => a.Key));
        Assert.Equal([first + 1, first + 2], alarms.Select(a => a.Id));
    }

    [Fact]
    public void Unchanged_updates_change_nothing_and_the_detail_is_the_one_given_when_raised()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(Tc(1), true, "open circuit");
        rig.Manager.Update(Tc(2), false);
        long version = rig.Manager.Version;
        int logged = rig.Manager.Log.Count;

        rig.Manager.Update(Tc(1), true, "short to ground");
        rig.Manager.Update(Tc(2), false);
        rig.Manager.Tick();

        Assert.Equal(version, rig.Manager.Version);
        Assert.Equal(logged, rig.Manager.Log.Count);
        Assert.Equal("open circuit", rig.Single().Detail);
    }

    [Fact]
    public void Undefined_condition_is_refused_and_changes_nothing()
    {
        var rig = new AlarmRig();
        Assert.Throws<ArgumentOutOfRangeException>(() => rig.Manager.Update(new AlarmKey((AlarmCondition)99, 0), true));
        Assert.Empty(rig.Snapshot.Alarms);
        Assert.Empty(rig.Manager.Log);
        rig.Manager.Update(new AlarmKey((AlarmCondition)99, 0), false);
    }

    [Fact]
    public void Options_are_checked()
    {
        var time = TimeProvider.System;
        Assert.Throws<ArgumentOutOfRangeException>(() => new AlarmManager(time, new() { AudioPauseDuration = TimeSpan.Zero }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AlarmManager(time, new() { EscalationDelay = TimeSpan.FromSeconds(-1) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AlarmManager(time, new() { MaxLogEntries = 0 }));
        Assert.Throws<ArgumentNullException>(() => new AlarmManager(time, new() { Catalog = null! }));
        var defaults = new AlarmManagerOptions();
        Assert.Equal(TimeSpan.FromMinutes(2), defaults.AudioPauseDuration);
        Assert.Equal(TimeSpan.FromMinutes(2), defaults.EscalationDelay);
        Assert.Same(AlarmCatalog.Default, defaults.Catalog);
    }
}
