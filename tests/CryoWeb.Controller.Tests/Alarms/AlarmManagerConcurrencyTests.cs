using CryoWeb.Controller.Alarms;
using static CryoWeb.Controller.Tests.Alarms.AlarmRig;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Tests.Alarms;

/// <summary>The consumer thread updating while a web thread acknowledges, pauses and reads snapshots.</summary>
public class AlarmManagerConcurrencyTests
{
    private const int ConsumerTicks = 20_000;
    private const int WebIterations = 20_000;

    private static readonly AlarmKey[] Keys =
    [
        EStop, BusFailure, LowPressure, Tc(0), Tc(1), Tc(2), Tc(3), Margin20(0), Margin20(1),
    ];

    [Fact]
    public async Task Web_thread_acknowledging_while_the_consumer_updates_leaves_a_consistent_state()
    {
        var rig = new AlarmRig();
        using var start = new Barrier(2);
        var consumerDone = new ManualResetEventSlim();

        // On a loaded machine the web thread may not be scheduled before the consumer is through: halfway, the consumer
        // waits (bounded) until the web thread has acknowledged once, so the two really overlap.
        using var webAcknowledged = new ManualResetEventSlim();

        var consumer = Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            try
            {
                for (int tick = 0; tick < ConsumerTicks; tick++)
                {
                    if (tick == ConsumerTicks / 2)
                    {
                        Assert.True(webAcknowledged.Wait(TimeSpan.FromSeconds(30)), "the web thread never acknowledged an alarm");
                    }

                    for (int k = 0; k < Keys.Length; k++)
                    {
                        // Each key toggles on its own period, so alarms come, go, latch and return; low pressure stays
                        // for 200 s at a time, unanswered by the web thread, so it escalates.
                        int period = Keys[k] == LowPressure ? 2000 : 7 + (11 * k);
                        rig.Manager.Update(Keys[k], (tick / period) % 2 == 0, "tick");
                    }

                    rig.Time.Advance(TimeSpan.FromMilliseconds(100));
                    rig.Manager.Tick();
                }
            }
            finally
            {
                consumerDone.Set();
            }
        }, TaskCreationOptions.LongRunning);

        var web = Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            long lastVersion = 0;
            int i = 0;
            for (; (i < WebIterations || !webAcknowledged.IsSet) && !consumerDone.IsSet; i++)
            {
                var snapshot = rig.Manager.Snapshot();
                Assert.True(snapshot.Version >= lastVersion);
                lastVersion = snapshot.Version;
                AssertConsistent(snapshot);
                var toAcknowledge = snapshot.Alarms.FirstOrDefault(a => !a.IsAcknowledged && !a.IsInformationSignal && a.Key != LowPressure);
                if (toAcknowledge is not null)
                {
                    var result = rig.Manager.Acknowledge(toAcknowledge.Id, "web");
                    Assert.True(result is AcknowledgeResult.Acknowledged or AcknowledgeResult.UnknownAlarm, result.ToString());
                    if (result is AcknowledgeResult.Acknowledged)
                    {
                        webAcknowledged.Set();
                    }
                }

                if (i % 50 == 0)
                {
                    rig.Manager.PauseAudio("web");
                }
                else if (i % 170 == 0)
                {
                    rig.Manager.ResumeAudio("web");
                }
            }

            return i;
        }, TaskCreationOptions.LongRunning);

        await Task.WhenAll(consumer, web);
        Assert.True(await web > 0);

        // Every condition clears and every latched alarm is acknowledged: nothing is left.
        foreach (var key in Keys)
        {
            rig.Manager.Update(key, false);
        }

        foreach (var alarm in rig.Manager.Snapshot().Alarms)
        {
            Assert.Equal(AcknowledgeResult.Acknowledged, rig.Manager.Acknowledge(alarm.Id, "final"));
        }

        Assert.Empty(rig.Manager.Snapshot().Alarms);
        var log = rig.Manager.Log;
        Assert.Equal(log, rig.Sunk);
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
        Assert.Contains(log, e => e.Event == AlarmLogEvent.Acknowledged && e.User == "web");
        Assert.Contains(log, e => e.Event == AlarmLogEvent.Escalated && e.Key == LowPressure);
        Assert.All(log.Where(e => e.Event is AlarmLogEvent.Acknowledged or AlarmLogEvent.AudioPaused or AlarmLogEvent.AudioResumed),
            e => Assert.NotNull(e.User));
        foreach (var alarm in log.Where(e => e.AlarmId is not null).GroupBy(e => e.AlarmId))
        {
            var events = alarm.Select(e => e.Event).ToList();
            Assert.Equal(AlarmLogEvent.Raised, events[0]);
            Assert.Equal(AlarmLogEvent.Ended, events[^1]);
            Assert.Equal(1, events.Count(e => e == AlarmLogEvent.Raised));
            Assert.Equal(1, events.Count(e => e == AlarmLogEvent.Ended));
            Assert.True(events.Count(e => e == AlarmLogEvent.Acknowledged) <= 1);
        }
    }

    private static void AssertConsistent(AlarmSnapshot snapshot)
    {
        var alarms = snapshot.Alarms;
        Assert.Equal(alarms.Count, alarms.Select(a => a.Id).Distinct().Count());
        Assert.Equal(alarms.Count, alarms.Select(a => a.Key).Distinct().Count());
        for (int i = 1; i < alarms.Count; i++)
        {
            Assert.True(alarms[i - 1].Priority >= alarms[i].Priority);
        }

        Assert.All(alarms, a => Assert.True(a.ConditionPresent || (a.Latching && !a.IsAcknowledged)));
        var sounding = alarms.Where(a => a.IsSounding).Select(a => (AlarmPriority?)a.Priority).DefaultIfEmpty(null).Max();
        Assert.Equal(sounding, snapshot.Audio.Sounding);
    }
}
