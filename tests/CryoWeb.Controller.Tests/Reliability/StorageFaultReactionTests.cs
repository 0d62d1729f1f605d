using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Storage;
using CryoWeb.Controller.Tests.Procedures;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Tests.Reliability;

/// <summary>
/// "Disk full" through the console's own wiring: the store's commit fails, the store goes Failed, the bridge tells the
/// control core, and the next tick carries the StorageFailure alarm while the freezes go on (docs/controller.md).
/// </summary>
public sealed class StorageFaultReactionTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_full_disk_is_a_high_alarm_one_tick_after_the_store_fails_and_clears_one_tick_after_it_recovers()
    {
        using var rig = new ProcedureRig();
        var bridge = new StorageAlarmBridge(rig.Store, rig.Console.Core);
        await bridge.StartAsync(CancellationToken.None);
        var failed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var recovered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        rig.Store.Failed += (_, _) => failed.TrySetResult();
        rig.Store.Recovered += (_, _) => recovered.TrySetResult();
        Assert.True(rig.Console.Send(new SetProbeModeCommand(1, ProbeMode.Freeze, 100)).Accepted);
        rig.Run(TimeSpan.FromSeconds(2));

        rig.Store.BeforeCommitForTest = () => throw new IOException("No space left on device");
        Assert.NotNull(rig.Store.CreateProcedure("disk full", "anna", "liver", ["TC1"]));
        Assert.False(await rig.Store.FlushAsync());
        await failed.Task.WaitAsync(Guard);

        int alarm = FaultTicks.Until(rig.Console, f => f.Conditions[AlarmCondition.StorageFailure, -1], FaultTicks.Target);
        rig.Feed.Pump();
        Assert.Equal(1, alarm);
        Assert.Equal(StorageState.Failed, rig.Store.Health.State);
        Assert.Contains(rig.Alarms.Snapshot().Alarms, a => a.Key == AlarmKey.Console(AlarmCondition.StorageFailure) && a.Priority == AlarmPriority.High);
        Assert.Equal(ProbeMode.Freeze, rig.Console.Core.Probes[0].Mode);

        rig.Store.BeforeCommitForTest = null;
        Assert.True(await rig.Store.FlushAsync());
        await recovered.Task.WaitAsync(Guard);
        Assert.Equal(1, FaultTicks.Until(rig.Console, f => !f.Conditions[AlarmCondition.StorageFailure, -1], FaultTicks.Target));
        await bridge.StopAsync(CancellationToken.None);
    }
}
