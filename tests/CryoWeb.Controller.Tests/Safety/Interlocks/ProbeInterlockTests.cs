using CryoWeb.Controller.Conditions;
using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Safety;
using CryoWeb.Controller.Sensors;

namespace CryoWeb.Controller.Tests.Safety.Interlocks;

/// <summary>The per-probe interlocks: tip fault, not cooling, gas with the valve closed, not thawing.</summary>
public class ProbeInterlockTests
{
    private static readonly DateTimeOffset T0 = ScriptedPlant.Start;

    [Fact]
    public void A_freezing_probe_keeps_freezing_through_a_tip_glitch_shorter_than_the_grace()
    {
        var plant = new ScriptedPlant();
        plant.Set(0, ProbeMode.Freeze, T0);
        (plant.Readings.Celsius[0], plant.Readings.Faults[0], plant.Readings.InvalidSince[0]) = (double.NaN, SensorFaults.OpenCircuit, T0);
        var interlock = new TipFaultInterlock(plant.Probes);

        interlock.Evaluate(0, plant.Readings, T0 + TipFaultInterlock.Grace - TimeSpan.FromMilliseconds(100));
        Assert.Equal(ProbeMode.Freeze, plant.Probes[0].Mode);

        interlock.Evaluate(0, plant.Readings, T0 + TipFaultInterlock.Grace);
        Assert.Equal(ProbeMode.PassiveThaw, plant.Probes[0].Mode);
        Assert.Equal("tip thermocouple fault: freezing stopped", plant.Probes[0].LastAutomaticChange);
    }

    [Fact]
    public void A_probe_without_a_tip_thermocouple_may_not_stick()
    {
        var plant = new ScriptedPlant();
        plant.Set(1, ProbeMode.Stick, T0);
        var noTips = new Sensors.SensorReadings(ScriptedPlant.Channels, [0, -1]);

        new TipFaultInterlock(plant.Probes).Evaluate(1, noTips, T0);

        Assert.Equal(ProbeMode.PassiveThaw, plant.Probes[1].Mode);
    }

    [Fact]
    public void A_thawing_probe_is_not_stopped_for_its_tip()
    {
        var plant = new ScriptedPlant();
        plant.Set(0, ProbeMode.ActiveThaw, T0);
        (plant.Readings.Celsius[0], plant.Readings.InvalidSince[0]) = (double.NaN, T0);

        new TipFaultInterlock(plant.Probes).Evaluate(0, plant.Readings, T0.AddMinutes(1));

        Assert.Equal(ProbeMode.ActiveThaw, plant.Probes[0].Mode);
    }

    [Fact]
    public void A_probe_freezing_hard_whose_tip_stays_warm_past_the_time_is_stopped_with_the_alarm()
    {
        var plant = new ScriptedPlant();
        plant.Set(0, ProbeMode.Freeze, T0);
        plant.Readings.Celsius[0] = plant.Options.NotCoolingCelsius + 1;
        var interlock = new NotCoolingInterlock(plant.Options, plant.Conditions, plant.Probes);

        interlock.Evaluate(0, plant.Readings, T0 + plant.Options.NotCoolingAfter - TimeSpan.FromSeconds(1));
        Assert.Equal(ProbeMode.Freeze, plant.Probes[0].Mode);

        interlock.Evaluate(0, plant.Readings, T0 + plant.Options.NotCoolingAfter);
        Assert.True(plant.Conditions[AlarmCondition.ProbeNotCooling, 0]);
        Assert.Equal(ProbeMode.Off, plant.Probes[0].Mode);
    }

    [Theory]
    [InlineData(49, -10, false)]
    [InlineData(50, -10, true)]
    [InlineData(100, -20, false)]
    public void Not_cooling_is_judged_only_at_half_power_or_more_and_above_the_temperature(double powerPercent, double tipCelsius, bool stopped)
    {
        var plant = new ScriptedPlant();
        plant.Set(0, ProbeMode.Freeze, T0, powerPercent);
        plant.Readings.Celsius[0] = tipCelsius;

        new NotCoolingInterlock(plant.Options, plant.Conditions, plant.Probes).Evaluate(0, plant.Readings, T0.AddMinutes(5));

        Assert.Equal(stopped, plant.Conditions[AlarmCondition.ProbeNotCooling, 0]);
        Assert.Equal(stopped ? ProbeMode.Off : ProbeMode.Freeze, plant.Probes[0].Mode);
    }

    [Fact]
    public void A_settled_probe_that_cools_fast_with_its_valve_closed_stops_every_freeze()
    {
        var plant = new ScriptedPlant();
        plant.Set(0, ProbeMode.Off, T0);
        plant.Set(1, ProbeMode.Freeze, T0);
        var interlock = new GasWithValveClosedInterlock(plant.Options, plant.Conditions, plant.Probes);
        var settled = T0 + plant.Options.GasWithValveClosedSettle;

        plant.Readings.Celsius[0] = 20;
        interlock.Evaluate(0, plant.Readings, argonSupplyOpen: true, settled);
        plant.Readings.Celsius[0] = 20 - plant.Options.GasWithValveClosedCelsiusPerSecond;
        interlock.Evaluate(0, plant.Readings, argonSupplyOpen: true, settled.AddSeconds(1));

        Assert.True(plant.Conditions[AlarmCondition.GasWithValveClosed, 0]);
        Assert.Equal(ProbeMode.PassiveThaw, plant.Probes[1].Mode);
    }

    [Fact]
    public void Cooling_with_the_valve_closed_is_not_judged_while_the_argon_supply_is_shut_or_before_the_probe_settles()
    {
        var plant = new ScriptedPlant();
        plant.Set(0, ProbeMode.PassiveThaw, T0);
        plant.Set(1, ProbeMode.Freeze, T0);
        var interlock = new GasWithValveClosedInterlock(plant.Options, plant.Conditions, plant.Probes);
        var settled = T0 + plant.Options.GasWithValveClosedSettle;

        // Supply shut: no gas can pass a stuck valve, whatever the tip does.
        plant.Readings.Celsius[0] = 20;
        interlock.Evaluate(0, plant.Readings, argonSupplyOpen: false, settled);
        plant.Readings.Celsius[0] = -40;
        interlock.Evaluate(0, plant.Readings, argonSupplyOpen: false, settled.AddSeconds(1));

        // Not settled: a probe just stopped is still cold and cooling its surroundings.
        var early = T0.AddSeconds(1);
        plant.Readings.Celsius[0] = 20;
        interlock.Evaluate(0, plant.Readings, argonSupplyOpen: true, early);
        plant.Readings.Celsius[0] = -40;
        interlock.Evaluate(0, plant.Readings, argonSupplyOpen: true, early.AddSeconds(1));

        Assert.False(plant.Conditions[AlarmCondition.GasWithValveClosed, 0]);
        Assert.Equal(ProbeMode.Freeze, plant.Probes[1].Mode);
    }

    [Fact]
    public void A_probe_stopped_from_freezing_that_does_not_warm_holds_the_argon_closed_until_released()
    {
        var plant = new ScriptedPlant();
        var hold = new ArgonHold();
        var interlock = new NotThawingInterlock(plant.Options, plant.Gate, plant.Conditions, plant.Probes, hold);
        plant.Set(0, ProbeMode.Freeze, T0);
        plant.Readings.Celsius[0] = -120;
        interlock.Evaluate(plant.Readings, argonSupplyOpen: true, T0);

        var stopped = T0.AddSeconds(1);
        plant.Probes[0].Force(ProbeMode.PassiveThaw, stopped, "test");
        interlock.Evaluate(plant.Readings, argonSupplyOpen: true, stopped);
        Assert.False(hold.IsHeld);

        plant.NewTick();
        interlock.Evaluate(plant.Readings, argonSupplyOpen: true, stopped + plant.Options.NotThawingDeadline);
        Assert.Equal(0, hold.HeldForProbe);
        Assert.True(plant.Conditions[AlarmCondition.ProbeNotThawing, 0]);
        Assert.True(plant.Gate.ArgonBlocked);
        Assert.Equal(new GateReason(GateCause.ProbeNotThawing, 0), plant.Gate.Reason(1));

        // The hold outlasts the finding (the watch has closed its window) until an operator releases it.
        plant.NewTick();
        interlock.Evaluate(plant.Readings, argonSupplyOpen: false, stopped.AddMinutes(1));
        Assert.True(plant.Gate.ArgonBlocked);
        Assert.True(hold.Release());
        plant.NewTick();
        interlock.Evaluate(plant.Readings, argonSupplyOpen: false, stopped.AddMinutes(2));
        Assert.False(plant.Gate.ArgonBlocked);
    }

    [Fact]
    public void A_probe_that_warms_after_freezing_is_not_held()
    {
        var plant = new ScriptedPlant();
        var hold = new ArgonHold();
        var interlock = new NotThawingInterlock(plant.Options, plant.Gate, plant.Conditions, plant.Probes, hold);
        plant.Set(0, ProbeMode.Freeze, T0);
        plant.Readings.Celsius[0] = -120;
        interlock.Evaluate(plant.Readings, argonSupplyOpen: true, T0);
        plant.Probes[0].Force(ProbeMode.Off, T0.AddSeconds(1), "test");
        interlock.Evaluate(plant.Readings, argonSupplyOpen: true, T0.AddSeconds(1));

        plant.Readings.Celsius[0] = -120 + plant.Options.NotThawingMinWarmingCelsius;
        interlock.Evaluate(plant.Readings, argonSupplyOpen: true, T0.AddSeconds(3));
        interlock.Evaluate(plant.Readings, argonSupplyOpen: true, T0.AddSeconds(1) + plant.Options.NotThawingDeadline);

        Assert.False(hold.IsHeld);
        Assert.False(plant.Gate.ArgonBlocked);
    }
}
