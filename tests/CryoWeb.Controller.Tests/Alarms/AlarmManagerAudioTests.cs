using CryoWeb.Controller.Alarms;
using static CryoWeb.Controller.Tests.Alarms.AlarmRig;

namespace CryoWeb.Controller.Tests.Alarms;

/// <summary>What sounds, the 2-minute audio pause, and the IEC 60601-1-8 break-through of a higher-priority alarm.</summary>
public class AlarmManagerAudioTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);
    private static readonly TimeSpan TwoMinutes = TimeSpan.FromMinutes(2);

    [Fact]
    public void Audio_pause_silences_for_exactly_two_minutes_then_the_alarm_sounds_again()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(EStop, true);
        rig.Advance(TimeSpan.FromSeconds(10));
        rig.Manager.PauseAudio("nurse.a");

        var paused = rig.Audio;
        Assert.Null(paused.Sounding);
        Assert.True(paused.IsPaused);
        Assert.Equal(Start + TimeSpan.FromSeconds(10) + TwoMinutes, paused.PausedUntil);
        Assert.Equal("nurse.a", paused.PausedBy);
        Assert.Equal(AlarmPriority.High, paused.PauseCeiling);
        Assert.False(rig.Single().IsSounding);

        rig.Advance(TwoMinutes - Tick);
        Assert.True(rig.Audio.IsPaused);
        Assert.Null(rig.Audio.Sounding);

        rig.Advance(Tick);
        Assert.Equal(new AudioState(AlarmPriority.High, null, null, null), rig.Audio);
        Assert.True(rig.Single().IsSounding);

        Assert.Equal([AlarmLogEvent.Raised, AlarmLogEvent.AudioPaused, AlarmLogEvent.AudioPauseExpired], rig.Events());
        var pause = rig.Manager.Log[1];
        Assert.Equal(("nurse.a", AlarmPriority.High, (long?)null), (pause.User, pause.Priority, pause.AlarmId));
        Assert.Equal("until 2026-03-02T08:02:10.0000000+00:00", pause.Detail);
        Assert.Equal(Start + TimeSpan.FromSeconds(10) + TwoMinutes, rig.Manager.Log[2].Time);
        Assert.Null(rig.Manager.Log[2].User);
    }

    [Fact]
    public void New_alarm_of_higher_priority_than_was_sounding_breaks_through_the_pause()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(LowPressure, true);
        rig.Manager.PauseAudio("nurse.a");
        Assert.Equal(AlarmPriority.Medium, rig.Audio.PauseCeiling);

        rig.Manager.Update(EStop, true);

        Assert.Equal(AlarmPriority.High, rig.Audio.Sounding);
        Assert.True(rig.Audio.IsPaused);
        Assert.True(rig.Find(EStop).IsSounding);
        Assert.False(rig.Find(LowPressure).IsSounding);
    }

    [Fact]
    public void New_alarm_of_equal_or_lower_priority_stays_silent_until_the_pause_ends()
    {
        var rig = new AlarmRig(escalation: false);
        rig.Manager.Update(EStop, true);
        rig.Manager.PauseAudio("nurse.a");

        rig.Advance(TimeSpan.FromSeconds(30));
        rig.Manager.Update(BusFailure, true);
        rig.Manager.Update(Tc(4), true);
        rig.Manager.Update(Margin20(1), true);

        Assert.Null(rig.Audio.Sounding);
        Assert.All(rig.Snapshot.Alarms, a => Assert.False(a.IsSounding));

        rig.AdvanceTo(TwoMinutes);
        Assert.Equal(AlarmPriority.High, rig.Audio.Sounding);
        Assert.Equal([true, true, true, false], rig.Snapshot.Alarms.Select(a => a.IsSounding));
    }

    [Fact]
    public void Pause_with_nothing_sounding_lets_any_new_alarm_through_but_not_an_information_signal()
    {
        var rig = new AlarmRig();
        rig.Manager.PauseAudio("nurse.a");
        Assert.Equal(AlarmPriority.Information, rig.Audio.PauseCeiling);

        rig.Manager.Update(Margin20(1), true);
        Assert.Null(rig.Audio.Sounding);

        rig.Manager.Update(Tc(2), true);
        Assert.Equal(AlarmPriority.Medium, rig.Audio.Sounding);
    }

    [Fact]
    public void Resume_ends_the_pause_early_and_is_logged_with_the_user()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(EStop, true);
        rig.Manager.PauseAudio("nurse.a");
        rig.Advance(TimeSpan.FromSeconds(30));

        Assert.True(rig.Manager.ResumeAudio("dr.b"));
        Assert.Equal(new AudioState(AlarmPriority.High, null, null, null), rig.Audio);
        Assert.False(rig.Manager.ResumeAudio("dr.b"));

        Assert.Equal([AlarmLogEvent.Raised, AlarmLogEvent.AudioPaused, AlarmLogEvent.AudioResumed], rig.Events());
        Assert.Equal(("dr.b", Start + TimeSpan.FromSeconds(30)), (rig.Manager.Log[2].User, rig.Manager.Log[2].Time));

        // Nothing left to expire: two minutes later nothing more is logged.
        rig.Advance(TwoMinutes);
        Assert.Equal(3, rig.Manager.Log.Count);
    }

    [Fact]
    public void Pausing_again_restarts_the_pause_and_keeps_the_ceiling_of_the_alarms_it_silenced()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(EStop, true);
        rig.Manager.PauseAudio("nurse.a");
        rig.Advance(TimeSpan.FromMinutes(1));
        rig.Manager.PauseAudio("dr.b");

        Assert.Equal(AlarmPriority.High, rig.Audio.PauseCeiling);
        Assert.Equal(Start + TimeSpan.FromMinutes(3), rig.Audio.PausedUntil);
        Assert.Equal("dr.b", rig.Audio.PausedBy);

        rig.Manager.Update(BusFailure, true);
        rig.AdvanceTo(TimeSpan.FromMinutes(3) - Tick);
        Assert.Null(rig.Audio.Sounding);
        rig.Advance(Tick);
        Assert.Equal(AlarmPriority.High, rig.Audio.Sounding);
    }

    [Fact]
    public void Pausing_again_silences_an_alarm_that_broke_through()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(LowPressure, true);
        rig.Manager.PauseAudio("nurse.a");
        rig.Manager.Update(EStop, true);
        Assert.Equal(AlarmPriority.High, rig.Audio.Sounding);

        rig.Manager.PauseAudio("nurse.a");
        Assert.Null(rig.Audio.Sounding);
        Assert.Equal(AlarmPriority.High, rig.Audio.PauseCeiling);
    }

    [Fact]
    public void Sound_follows_the_highest_unacknowledged_alarm()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(Tc(1), true);
        rig.Manager.Update(EStop, true);
        rig.Manager.Update(BusFailure, true);
        Assert.Equal(AlarmPriority.High, rig.Audio.Sounding);

        rig.Manager.Acknowledge(rig.Find(EStop).Id, "nurse.a");
        Assert.Equal(AlarmPriority.High, rig.Audio.Sounding);
        rig.Manager.Acknowledge(rig.Find(BusFailure).Id, "nurse.a");
        Assert.Equal(AlarmPriority.Medium, rig.Audio.Sounding);
        rig.Manager.Acknowledge(rig.Find(Tc(1)).Id, "nurse.a");
        Assert.Null(rig.Audio.Sounding);
    }

    [Fact]
    public void Pause_and_resume_need_a_user()
    {
        var rig = new AlarmRig();
        Assert.Throws<ArgumentException>(() => rig.Manager.PauseAudio(""));
        Assert.Throws<ArgumentNullException>(() => rig.Manager.ResumeAudio(null!));
        Assert.Empty(rig.Manager.Log);
    }
}
