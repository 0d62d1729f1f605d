using static CryoWeb.Controller.Tests.Alarms.AlarmRig;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Tests.Alarms;

/// <summary>The consumer calls Update for every key every tick: when nothing changes it must not allocate.</summary>
public class AlarmManagerAllocationTests
{
    [Fact]
    public void Unchanged_updates_and_ticks_do_not_allocate()
    {
        var rig = new AlarmRig();
        var keys = new List<(AlarmKey Key, bool Present)>
        {
            (EStop, true), (Tc(1), true), (Margin20(2), true), (BusFailure, false), (LowPressure, false),
        };
        for (int channel = 2; channel < 16; channel++)
        {
            keys.Add((Tc(channel), false));
        }

        // A latched alarm awaiting acknowledgement, an acknowledged one, an escalation pending and a pause running.
        rig.Manager.Update(AlarmKey.Console(AlarmCondition.StorageFailure), true);
        rig.Manager.Update(AlarmKey.Console(AlarmCondition.StorageFailure), false);
        keys.Add((AlarmKey.Console(AlarmCondition.StorageFailure), false));
        rig.Manager.Update(EStop, true);
        rig.Manager.Acknowledge(rig.Find(EStop).Id, "nurse.a");
        rig.Manager.PauseAudio("nurse.a");
        rig.Manager.Changed += () => { };

        void Round(int calls)
        {
            for (int i = 0; i < calls; i++)
            {
                var (key, present) = keys[i % keys.Count];
                rig.Manager.Update(key, present, "detail");
                if (i % keys.Count == 0)
                {
                    rig.Manager.Tick();
                }
            }
        }

        Round(1000);
        long version = rig.Manager.Version;
        long before = GC.GetAllocatedBytesForCurrentThread();
        Round(1000);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(version, rig.Manager.Version);
        Assert.Equal(4, rig.Snapshot.Alarms.Count);
    }
}
