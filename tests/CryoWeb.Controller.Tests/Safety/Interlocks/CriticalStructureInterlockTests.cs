using CryoWeb.Controller.Conditions;
using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Safety;

namespace CryoWeb.Controller.Tests.Safety.Interlocks;

public class CriticalStructureInterlockTests
{
    private static readonly DateTimeOffset T0 = ScriptedPlant.Start;

    private static (ScriptedPlant Plant, SensorGuardSet Guards, CriticalStructureInterlock Interlock) Rig(params SensorGuard[] guards)
    {
        var plant = new ScriptedPlant();
        var set = new SensorGuardSet(ScriptedPlant.Channels);
        set.Replace(guards);
        return (plant, set, new CriticalStructureInterlock(plant.Gate, plant.Conditions, plant.Probes, set));
    }

    [Fact]
    public void A_critical_structure_at_its_limit_with_stop_blocks_its_linked_probe_only()
    {
        var (plant, _, interlock) = Rig(new SensorGuard(2, SensorRole.CriticalStructure, 0, ProtectiveAction.Stop, [1]));
        plant.Set(0, ProbeMode.Freeze, T0);
        plant.Set(1, ProbeMode.Freeze, T0);
        plant.Readings.Celsius[2] = 0;

        interlock.Evaluate(plant.Readings, T0);

        Assert.True(plant.Conditions[AlarmCondition.CriticalStructureLimit, 2]);
        Assert.Equal(new GateReason(GateCause.CriticalStructureStop, 2), plant.Gate.Reason(1));
        Assert.False(plant.Gate.FreezeAllowed(1));
        Assert.True(plant.Gate.FreezeAllowed(0));
        Assert.Equal(ProbeMode.PassiveThaw, plant.Probes[1].Mode);
        Assert.Equal(ProbeMode.Freeze, plant.Probes[0].Mode);
    }

    [Fact]
    public void Reduce_caps_the_power_of_every_probe_when_none_is_linked()
    {
        var (plant, _, interlock) = Rig(new SensorGuard(3, SensorRole.CriticalStructure, 5, ProtectiveAction.Reduce, []));
        plant.Set(0, ProbeMode.Freeze, T0);
        plant.Set(1, ProbeMode.Freeze, T0, 30);
        plant.Readings.Celsius[3] = 4.9;

        interlock.Evaluate(plant.Readings, T0);

        Assert.Equal(SensorGuard.ReducedPowerPercent, plant.Gate.MaxPowerPercent(0));
        Assert.Equal(SensorGuard.ReducedPowerPercent, plant.Probes[0].PowerPercent);
        Assert.Equal(30, plant.Probes[1].PowerPercent);
        Assert.Equal(ProbeMode.Freeze, plant.Probes[0].Mode);
    }

    [Fact]
    public void Alarm_only_raises_the_alarm_and_limits_nothing()
    {
        var (plant, _, interlock) = Rig(new SensorGuard(2, SensorRole.CriticalStructure, 10, ProtectiveAction.AlarmOnly, []));
        plant.Set(0, ProbeMode.Freeze, T0);
        plant.Readings.Celsius[2] = 9;

        interlock.Evaluate(plant.Readings, T0);

        Assert.True(plant.Conditions[AlarmCondition.CriticalStructureLimit, 2]);
        Assert.True(plant.Gate.FreezeAllowed(0));
        Assert.Equal(100, plant.Probes[0].PowerPercent);
    }

    [Fact]
    public void A_blind_critical_structure_sensor_counts_as_at_its_limit_after_the_grace()
    {
        var (plant, _, interlock) = Rig(new SensorGuard(2, SensorRole.CriticalStructure, 0, ProtectiveAction.Stop, []));
        plant.Set(0, ProbeMode.Freeze, T0);
        (plant.Readings.Celsius[2], plant.Readings.InvalidSince[2]) = (double.NaN, T0);

        interlock.Evaluate(plant.Readings, T0.AddMilliseconds(500));
        Assert.False(plant.Conditions[AlarmCondition.CriticalStructureLimit, 2]);
        Assert.Equal(ProbeMode.Freeze, plant.Probes[0].Mode);

        interlock.Evaluate(plant.Readings, T0 + TipFaultInterlock.Grace);
        Assert.True(plant.Conditions[AlarmCondition.CriticalStructureLimit, 2]);
        Assert.Equal(ProbeMode.PassiveThaw, plant.Probes[0].Mode);
    }

    [Theory]
    [InlineData(-19.9, false, false)]
    [InlineData(-20, true, false)]
    [InlineData(-40, true, true)]
    public void A_margin_sensor_signals_minus_20_and_minus_40(double celsius, bool minus20, bool minus40)
    {
        var (plant, _, interlock) = Rig(new SensorGuard(3, SensorRole.Margin, 0, ProtectiveAction.AlarmOnly, []));
        plant.Set(0, ProbeMode.Freeze, T0);
        plant.Readings.Celsius[3] = celsius;

        interlock.Evaluate(plant.Readings, T0);

        Assert.Equal(minus20, plant.Conditions[AlarmCondition.MarginReachedMinus20, 3]);
        Assert.Equal(minus40, plant.Conditions[AlarmCondition.MarginReachedMinus40, 3]);
        Assert.True(plant.Gate.FreezeAllowed(0));
    }

    [Fact]
    public void An_unguarded_sensor_past_any_limit_does_nothing()
    {
        var (plant, _, interlock) = Rig();
        plant.Set(0, ProbeMode.Freeze, T0);
        plant.Readings.Celsius[2] = -100;

        interlock.Evaluate(plant.Readings, T0);

        Assert.Empty(plant.Conditions.Present());
        Assert.True(plant.Gate.FreezeAllowed(0));
    }
}
