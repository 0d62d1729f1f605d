using CryoWeb.Controller.Alarms;
using static CryoWeb.Controller.Tests.Alarms.AlarmRig;

namespace CryoWeb.Controller.Tests.Alarms;

/// <summary>Display order, immutability and change notification of snapshots.</summary>
public class AlarmManagerSnapshotTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public void Highest_priority_first_then_unacknowledged_first_then_oldest_first_then_by_id()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(Tc(1), true);
        rig.Advance(Second);
        rig.Manager.Update(EStop, true);
        rig.Advance(Second);
        rig.Manager.Update(Margin20(4), true);
        rig.Advance(Second);
        rig.Manager.Update(BusFailure, true);
        rig.Advance(Second);
        rig.Manager.Update(Tc(6), true);
        rig.Manager.Update(Tc(5), true);
        rig.Manager.Update(Margin20(3), true);
        rig.Advance(Second);
        rig.Manager.Acknowledge(rig.Find(EStop).Id, "nurse.a");
        rig.Manager.Acknowledge(rig.Find(Tc(1)).Id, "nurse.a");

        Assert.Equal(
            [BusFailure, EStop, Tc(6), Tc(5), Tc(1), Margin20(4), Margin20(3)],
            rig.Snapshot.Alarms.Select(a => a.Key));
    }

    [Fact]
    public void Snapshot_is_the_same_object_until_a_change_and_never_changes_itself()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(EStop, true);
        var first = rig.Manager.Snapshot();
        Assert.Same(first, rig.Manager.Snapshot());
        Assert.Equal(rig.Manager.Version, first.Version);
        Assert.Throws<NotSupportedException>(() => ((IList<Alarm>)first.Alarms).Add(first.Alarms[0]));

        rig.Manager.Acknowledge(first.Alarms[0].Id, "nurse.a");
        var second = rig.Manager.Snapshot();

        Assert.NotSame(first, second);
        Assert.Equal(first.Version + 1, second.Version);
        Assert.False(first.Alarms[0].IsAcknowledged);
        Assert.True(first.Alarms[0].IsSounding);
        Assert.True(second.Alarms[0].IsAcknowledged);
    }

    [Fact]
    public void Snapshot_applies_what_fell_due_even_without_a_tick()
    {
        var rig = new AlarmRig();
        rig.Manager.Update(EStop, true);
        rig.Manager.PauseAudio("nurse.a");
        rig.Time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(AlarmPriority.High, rig.Manager.Snapshot().Audio.Sounding);
        Assert.Equal(AlarmLogEvent.AudioPauseExpired, rig.Events()[^1]);
    }

    [Fact]
    public void Changed_is_raised_once_per_change_and_the_version_counts_changes()
    {
        var rig = new AlarmRig();
        int raised = 0;
        rig.Manager.Changed += () => raised++;

        rig.Manager.Update(Tc(1), true);
        rig.Manager.Update(Tc(1), true);
        rig.Manager.Update(Tc(2), false);
        rig.Manager.Tick();
        rig.Manager.Snapshot();
        Assert.Equal((1, 1L), (raised, rig.Manager.Version));

        rig.Manager.PauseAudio("nurse.a");
        rig.Manager.Acknowledge(99, "nurse.a");
        Assert.Equal((2, 2L), (raised, rig.Manager.Version));

        // The pause expiring and Tc(1) escalating in the same tick are one change.
        rig.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal((3, 3L), (raised, rig.Manager.Version));
    }

    [Fact]
    public void Changed_handler_may_take_a_snapshot()
    {
        var rig = new AlarmRig();
        var seen = new List<int>();
        rig.Manager.Changed += () => seen.Add(rig.Manager.Snapshot().Alarms.Count);
        rig.Manager.Update(EStop, true);
        rig.Manager.Update(Tc(1), true);
        Assert.Equal([1, 2], seen);
    }
}
