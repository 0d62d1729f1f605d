using CryoWeb.Controller.Alarms;
using static CryoWeb.Controller.Tests.Alarms.AlarmRig;

namespace CryoWeb.Controller.Tests.Alarms;

/// <summary>The alarm log: every raise, clear, end, acknowledgement, escalation and audio pause, with time and user.</summary>
public class AlarmManagerLogTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public void Log_records_every_event_in_order_with_time_alarm_and_user_and_the_sink_gets_the_same()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(EStop, true, "button 1");          // 0 s
        rig.Manager.Update(Tc(3), true);
        rig.AdvanceTo(10 * Second);
        rig.Manager.PauseAudio("nurse.a");                     // 10 s
        rig.AdvanceTo(20 * Second);
        rig.Manager.Update(EStop, false);                      // 20 s
        rig.Manager.Update(EStop, true);
        rig.Manager.Update(EStop, false);
        rig.AdvanceTo(30 * Second);
        Assert.True(rig.Manager.ResumeAudio("dr.b"));          // 30 s
        rig.Manager.Acknowledge(rig.Find(EStop).Id, "dr.b");
        rig.AdvanceTo(TimeSpan.FromMinutes(2));                // Tc(3) escalates
        rig.Manager.PauseAudio("nurse.a");
        rig.AdvanceTo(TimeSpan.FromMinutes(4));                // pause expires
        rig.Manager.Update(Tc(3), false);                      // escalated, so latched
        rig.Manager.Acknowledge(rig.Find(Tc(3)).Id, "nurse.a");

        var log = rig.Manager.Log;
        Assert.Equal(
            [
                (0, AlarmLogEvent.Raised, 1L, (string?)null),
                (0, AlarmLogEvent.Raised, 2L, null),
                (10, AlarmLogEvent.AudioPaused, (long?)null, "nurse.a"),
                (20, AlarmLogEvent.ConditionCleared, 1L, null),
                (20, AlarmLogEvent.ConditionReturned, 1L, null),
                (20, AlarmLogEvent.ConditionCleared, 1L, null),
                (30, AlarmLogEvent.AudioResumed, null, "dr.b"),
                (30, AlarmLogEvent.Acknowledged, 1L, "dr.b"),
                (30, AlarmLogEvent.Ended, 1L, null),
                (120, AlarmLogEvent.Escalated, 2L, null),
                (120, AlarmLogEvent.AudioPaused, null, "nurse.a"),
                (240, AlarmLogEvent.AudioPauseExpired, null, null),
                (240, AlarmLogEvent.ConditionCleared, 2L, null),
                (240, AlarmLogEvent.Acknowledged, 2L, "nurse.a"),
                (240, AlarmLogEvent.Ended, 2L, null),
            ],
            log.Select(e => ((int)(e.Time - Start).TotalSeconds, e.Event, e.AlarmId, e.User)));
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
        Assert.Equal([EStop, EStop], log.Where(e => e.AlarmId == 1 && e.Event is AlarmLogEvent.Raised or AlarmLogEvent.Ended).Select(e => e.Key!.Value));
        Assert.Equal("button 1", log[0].Detail);
        Assert.Equal(AlarmPriority.High, log[14].Priority);
        Assert.Equal(log, rig.Sunk);
    }

    [Fact]
    public void The_in_memory_log_keeps_the_newest_entries_but_the_sink_gets_all()
    {
        var rig = new AlarmRig(maxLogEntries: 3);
        for (int i = 0; i < 3; i++)
        {
            rig.Manager.Update(Tc(i), true);
            rig.Manager.Update(Tc(i), false);
        }

        Assert.Equal([7L, 8, 9], rig.Manager.Log.Select(e => e.Sequence));
        Assert.Equal(9, rig.Sunk.Count);
    }

    [Fact]
    public void The_log_is_a_copy()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(EStop, true);
        var log = rig.Manager.Log;
        rig.Manager.Update(Tc(1), true);
        Assert.Single(log);
        Assert.Equal(2, rig.Manager.Log.Count);
    }

    [Fact]
    public void A_failing_sink_is_reported_to_the_caller_after_the_state_and_the_log_are_complete()
    {
        var delivered = new List<AlarmLogEntry>();
        bool fail = true;
        var manager = new AlarmManager(TimeProvider.System, new AlarmManagerOptions
        {
            LogSink = e =>
            {
                delivered.Add(e);
                if (fail && e.Event == AlarmLogEvent.ConditionCleared)
                {
                    throw new InvalidOperationException("storage down");
                }
            },
        });
        manager.Update(Tc(1), true);
        int changes = 0;
        manager.Changed += () => changes++;

        var e = Assert.Throws<InvalidOperationException>(() => manager.Update(Tc(1), false));
        Assert.Equal("storage down", e.Message);
        Assert.Empty(manager.Snapshot().Alarms);
        Assert.Equal(1, changes);
        Assert.Equal([AlarmLogEvent.Raised, AlarmLogEvent.ConditionCleared, AlarmLogEvent.Ended], delivered.Select(d => d.Event));

        fail = false;
        manager.Update(Tc(1), true);
        Assert.Equal(4, delivered.Count);
        Assert.Equal(manager.Log, delivered);
    }
}
