using CryoWeb.Controller.Alarms;
using static CryoWeb.Controller.Tests.Alarms.AlarmRig;

namespace CryoWeb.Controller.Tests.Alarms;

/// <summary>Unanswered Low and Medium alarms rise one priority per escalation delay while their condition lasts.</summary>
public class AlarmManagerEscalationTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);
    private static readonly TimeSpan TwoMinutes = TimeSpan.FromMinutes(2);

    [Fact]
    public void Unacknowledged_medium_alarm_escalates_to_high_after_exactly_the_delay()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(Tc(1), true);

        rig.Advance(TwoMinutes - Tick);
        Assert.Equal(AlarmPriority.Medium, rig.Single().Priority);

        rig.Advance(Tick);
        var alarm = rig.Single();
        Assert.Equal(AlarmPriority.High, alarm.Priority);
        Assert.Equal(AlarmPriority.Medium, alarm.RaisedPriority);
        Assert.True(alarm.IsEscalated && alarm.IsSounding);
        Assert.Equal(Start + TwoMinutes, alarm.EscalatedAt);
        Assert.Equal(AlarmPriority.High, rig.Audio.Sounding);

        var logged = rig.Manager.Log[^1];
        Assert.Equal((AlarmLogEvent.Escalated, AlarmPriority.High, "Medium -> High"), (logged.Event, logged.Priority, logged.Detail));
        Assert.Equal(Start + TwoMinutes, logged.Time);

        // High is the top: nothing more happens.
        rig.Advance(TimeSpan.FromMinutes(10));
        Assert.Single(rig.Manager.Log, e => e.Event == AlarmLogEvent.Escalated);
    }

    [Fact]
    public void Acknowledged_alarm_does_not_escalate()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(Tc(1), true);
        rig.Advance(TimeSpan.FromMinutes(1));
        rig.Manager.Acknowledge(rig.Single().Id, "nurse.a");

        rig.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(AlarmPriority.Medium, rig.Single().Priority);
        Assert.DoesNotContain(AlarmLogEvent.Escalated, rig.Events());
    }

    [Fact]
    public void Only_a_condition_present_throughout_the_delay_escalates_and_the_clock_restarts_when_it_returns()
    {
        var rig = new AlarmRig(WithThermocoupleFault(AlarmPriority.Medium, latching: true));
        rig.Manager.Update(Tc(1), true);
        rig.AdvanceTo(TimeSpan.FromMinutes(1));
        rig.Manager.Update(Tc(1), false);

        rig.AdvanceTo(TimeSpan.FromMinutes(3));
        Assert.Equal(AlarmPriority.Medium, rig.Single().Priority);
        rig.Manager.Update(Tc(1), true);

        rig.AdvanceTo(TimeSpan.FromMinutes(5) - Tick);
        Assert.Equal(AlarmPriority.Medium, rig.Single().Priority);
        rig.Advance(Tick);
        Assert.Equal(AlarmPriority.High, rig.Single().Priority);
    }

    [Fact]
    public void An_escalated_alarm_latches_even_when_its_condition_does_not()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(Tc(1), true);
        rig.Advance(TwoMinutes);
        rig.Manager.Update(Tc(1), false);

        var alarm = rig.Single();
        Assert.True(alarm.Latching);
        Assert.Equal(AlarmState.ClearedAwaitingAcknowledgement, alarm.State);
        Assert.True(alarm.IsSounding);

        rig.Manager.Acknowledge(alarm.Id, "nurse.a");
        Assert.Empty(rig.Snapshot.Alarms);
    }

    [Fact]
    public void Low_escalates_to_medium_and_then_to_high_each_after_the_delay()
    {
        var rig = new AlarmRig(WithThermocoupleFault(AlarmPriority.Low, latching: false));
        rig.Manager.Update(Tc(1), true);
        Assert.Equal(AlarmPriority.Low, rig.Single().Priority);

        rig.AdvanceTo(TwoMinutes);
        Assert.Equal(AlarmPriority.Medium, rig.Single().Priority);
        rig.AdvanceTo(2 * TwoMinutes - Tick);
        Assert.Equal(AlarmPriority.Medium, rig.Single().Priority);
        rig.Advance(Tick);
        Assert.Equal(AlarmPriority.High, rig.Single().Priority);
        Assert.Equal(AlarmPriority.Low, rig.Single().RaisedPriority);
        Assert.Equal(["Low -> Medium", "Medium -> High"], rig.Manager.Log.Where(e => e.Event == AlarmLogEvent.Escalated).Select(e => e.Detail));
    }

    [Fact]
    public void A_late_tick_applies_every_escalation_that_fell_due()
    {
        var rig = new AlarmRig(WithThermocoupleFault(AlarmPriority.Low, latching: false));
        rig.Manager.Update(Tc(1), true);
        rig.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(AlarmPriority.High, rig.Single().Priority);
        Assert.Equal(2, rig.Manager.Log.Count(e => e.Event == AlarmLogEvent.Escalated));
    }

    [Fact]
    public void Escalation_can_be_turned_off()
    {
        var rig = new AlarmRig(escalation: false);
        rig.Manager.Update(Tc(1), true);
        rig.Advance(TimeSpan.FromHours(1));
        Assert.Equal(AlarmPriority.Medium, rig.Single().Priority);
    }

    [Fact]
    public void An_alarm_escalating_above_the_pause_ceiling_sounds_through_the_pause()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(Tc(1), true);
        rig.AdvanceTo(TimeSpan.FromMinutes(1));
        rig.Manager.PauseAudio("nurse.a");
        Assert.Null(rig.Audio.Sounding);

        rig.AdvanceTo(TwoMinutes);
        Assert.True(rig.Audio.IsPaused);
        Assert.Equal(AlarmPriority.High, rig.Audio.Sounding);
        Assert.True(rig.Single().IsSounding);
    }
}
