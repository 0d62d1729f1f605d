using CryoWeb.Controller.Conditions;
using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Safety;

namespace CryoWeb.Controller.Tests.Safety.Interlocks;

/// <summary>The interlock stage as a whole: a fresh verdict every tick, and the first interlock's reason on a tie.</summary>
public class InterlockStageTests
{
    private static readonly DateTimeOffset T0 = ScriptedPlant.Start;

    private static InterlockStage Stage(ScriptedPlant plant, SensorGuardSet? guards = null) =>
        new(plant.Options, plant.Probes, guards ?? new SensorGuardSet(ScriptedPlant.Channels), new ArgonHold(), plant.Gate);

    [Fact]
    public void The_verdict_and_the_conditions_are_rebuilt_every_tick()
    {
        var plant = new ScriptedPlant();
        var stage = Stage(plant);
        plant.Readings.ArgonPsi = plant.Options.SupplyMaxPsi + 1;
        stage.Evaluate(plant.Readings, emergencyStopLatched: false, argonSupplyOpen: false, storageFailed: false, 0, T0);
        Assert.True(plant.Gate.ArgonBlocked);
        Assert.True(stage.Conditions[AlarmCondition.SupplyOverPressure, 0]);

        plant.Readings.ArgonPsi = 4500;
        var verdict = stage.Evaluate(plant.Readings, emergencyStopLatched: false, argonSupplyOpen: false, storageFailed: false, 0, T0.AddSeconds(0.1));

        Assert.Same(plant.Gate, verdict);
        Assert.False(verdict.ArgonBlocked);
        Assert.Equal(GateReason.None, verdict.Reason(0));
        Assert.Empty(stage.Conditions.Present());
    }

    [Fact]
    public void The_emergency_stop_is_the_reason_given_when_it_comes_with_other_blocks()
    {
        var plant = new ScriptedPlant();
        var guards = new SensorGuardSet(ScriptedPlant.Channels);
        guards.Replace([new SensorGuard(2, SensorRole.CriticalStructure, 40, ProtectiveAction.Stop, [])]);
        plant.Readings.ArgonPsi = plant.Options.SupplyMaxPsi + 1;
        plant.Set(0, ProbeMode.Freeze, T0);

        var stage = Stage(plant, guards);
        var verdict = stage.Evaluate(plant.Readings, emergencyStopLatched: true, argonSupplyOpen: false, storageFailed: true, 0, T0);

        Assert.Equal(GateCause.EmergencyStop, verdict.Reason(0).Cause);
        Assert.Equal(GateCause.EmergencyStop, verdict.ThawReason.Cause);
        Assert.Equal(ProbeMode.Off, plant.Probes[0].Mode);
        Assert.Equal(
            [AlarmKey.Console(AlarmCondition.EmergencyStop), new AlarmKey(AlarmCondition.SupplyOverPressure, 0), new AlarmKey(AlarmCondition.CriticalStructureLimit, 2), AlarmKey.Console(AlarmCondition.StorageFailure)],
            stage.Conditions.Present().OrderBy(k => k.Condition));
    }
}
