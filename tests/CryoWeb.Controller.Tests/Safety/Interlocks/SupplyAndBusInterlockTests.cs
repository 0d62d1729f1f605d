using CryoWeb.Controller.Conditions;
using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Safety;
using CryoWeb.Controller.Sensors;

namespace CryoWeb.Controller.Tests.Safety.Interlocks;

public class SupplyAndBusInterlockTests
{
    private static readonly DateTimeOffset T0 = ScriptedPlant.Start;

    [Fact]
    public void Emergency_stop_blocks_both_supplies_turns_every_probe_off_and_raises_its_alarm()
    {
        var plant = new ScriptedPlant();
        plant.Set(0, ProbeMode.Freeze, T0);
        plant.Set(1, ProbeMode.PassiveThaw, T0);
        var interlock = new EmergencyStopInterlock(plant.Gate, plant.Conditions, plant.Probes);

        interlock.Evaluate(latched: true, T0.AddSeconds(1));

        Assert.True(plant.Gate.ArgonBlocked);
        Assert.True(plant.Gate.ThawBlocked);
        Assert.Equal(GateCause.EmergencyStop, plant.Gate.Reason(0).Cause);
        Assert.True(plant.Conditions[AlarmCondition.EmergencyStop, -1]);
        Assert.All(plant.Probes, p => Assert.Equal(ProbeMode.Off, p.Mode));
        Assert.Equal("emergency stop", plant.Probes[0].LastAutomaticChange);
    }

    [Fact]
    public void Without_the_emergency_stop_nothing_is_blocked()
    {
        var plant = new ScriptedPlant();
        plant.Set(0, ProbeMode.Freeze, T0);
        new EmergencyStopInterlock(plant.Gate, plant.Conditions, plant.Probes).Evaluate(latched: false, T0);

        Assert.False(plant.Gate.ArgonBlocked);
        Assert.Equal(ProbeMode.Freeze, plant.Probes[0].Mode);
        Assert.False(plant.Conditions[AlarmCondition.EmergencyStop, -1]);
    }

    [Fact]
    public void One_faulty_thermocouple_is_an_alarm_on_its_channel_but_stops_nothing()
    {
        var plant = new ScriptedPlant();
        plant.Set(0, ProbeMode.Freeze, T0);
        (plant.Readings.Celsius[2], plant.Readings.Faults[2]) = (double.NaN, SensorFaults.OpenCircuit);

        new SensorBusInterlock(plant.Gate, plant.Conditions, plant.Probes).Evaluate(plant.Readings, T0);

        Assert.True(plant.Conditions[AlarmCondition.ThermocoupleFault, 2]);
        Assert.False(plant.Conditions[AlarmCondition.SensorBusFailure, -1]);
        Assert.True(plant.Gate.FreezeAllowed(0));
        Assert.Equal(ProbeMode.Freeze, plant.Probes[0].Mode);
    }

    [Fact]
    public void When_no_thermocouple_answers_freezing_is_blocked_and_every_gas_stops()
    {
        var plant = new ScriptedPlant();
        plant.Set(0, ProbeMode.Freeze, T0);
        plant.Set(1, ProbeMode.ActiveThaw, T0);
        Array.Fill(plant.Readings.Celsius, double.NaN);
        Array.Fill(plant.Readings.Faults, SensorFaults.BusFailure);

        new SensorBusInterlock(plant.Gate, plant.Conditions, plant.Probes).Evaluate(plant.Readings, T0);

        Assert.True(plant.Conditions[AlarmCondition.SensorBusFailure, -1]);
        Assert.Equal(0, plant.Gate.MaxPowerPercent(0));
        Assert.Equal(GateCause.SensorBusFailure, plant.Gate.Reason(1).Cause);
        Assert.All(plant.Probes, p => Assert.Equal(ProbeMode.PassiveThaw, p.Mode));
    }

    [Fact]
    public void Argon_over_pressure_closes_the_argon_and_stops_freezing_but_not_active_thaw()
    {
        var plant = new ScriptedPlant();
        plant.Set(0, ProbeMode.Freeze, T0);
        plant.Set(1, ProbeMode.ActiveThaw, T0);
        plant.Readings.ArgonPsi = plant.Options.SupplyMaxPsi + 1;

        new SupplyPressureInterlock(plant.Options, plant.Gate, plant.Conditions, plant.Probes).Evaluate(plant.Readings, T0);

        Assert.True(plant.Conditions[AlarmCondition.SupplyOverPressure, 0]);
        Assert.True(plant.Gate.ArgonBlocked);
        Assert.False(plant.Gate.ThawBlocked);
        Assert.Equal(ProbeMode.PassiveThaw, plant.Probes[0].Mode);
        Assert.Equal("argon over-pressure: supply closed", plant.Probes[0].LastAutomaticChange);
        Assert.Equal(ProbeMode.ActiveThaw, plant.Probes[1].Mode);
    }

    [Fact]
    public void Thaw_gas_over_pressure_blocks_active_thaw_only()
    {
        var plant = new ScriptedPlant();
        plant.Set(0, ProbeMode.Freeze, T0);
        plant.Set(1, ProbeMode.ActiveThaw, T0);
        plant.Readings.ThawPsi = plant.Options.SupplyMaxPsi + 1;

        new SupplyPressureInterlock(plant.Options, plant.Gate, plant.Conditions, plant.Probes).Evaluate(plant.Readings, T0);

        Assert.True(plant.Conditions[AlarmCondition.SupplyOverPressure, 1]);
        Assert.True(plant.Gate.ThawBlocked);
        Assert.Equal(GateCause.ThawOverPressure, plant.Gate.ThawReason.Cause);
        Assert.True(plant.Gate.FreezeAllowed(0));
        Assert.Equal(ProbeMode.Freeze, plant.Probes[0].Mode);
        Assert.Equal(ProbeMode.PassiveThaw, plant.Probes[1].Mode);
    }

    [Theory]
    [InlineData(1499, true)]
    [InlineData(1500, false)]
    [InlineData(double.NaN, true)]
    public void Low_argon_is_an_alarm_below_the_minimum_or_when_unknown(double argonPsi, bool low)
    {
        var plant = new ScriptedPlant();
        plant.Readings.ArgonPsi = argonPsi;

        new SupplyPressureInterlock(plant.Options, plant.Gate, plant.Conditions, plant.Probes).Evaluate(plant.Readings, T0);

        Assert.Equal(low, plant.Conditions[AlarmCondition.LowSupplyPressure, 0]);
        Assert.False(plant.Gate.ArgonBlocked);
    }

    [Fact]
    public void Low_thaw_gas_is_an_alarm_only_while_a_probe_thaws_actively()
    {
        var plant = new ScriptedPlant();
        var interlock = new SupplyPressureInterlock(plant.Options, plant.Gate, plant.Conditions, plant.Probes);
        plant.Set(1, ProbeMode.ActiveThaw, T0);
        plant.Readings.ThawPsi = plant.Options.ThawMinPsi - 1;
        interlock.Evaluate(plant.Readings, T0);
        Assert.True(plant.Conditions[AlarmCondition.LowSupplyPressure, 1]);

        plant.NewTick();
        plant.Probes[1].Force(ProbeMode.Off, T0, "test");
        interlock.Evaluate(plant.Readings, T0);
        Assert.False(plant.Conditions[AlarmCondition.LowSupplyPressure, 1]);
    }

    [Theory]
    [InlineData(9.9, true)]
    [InlineData(10, false)]
    [InlineData(double.PositiveInfinity, false)]
    public void A_tank_nearly_empty_is_an_alarm_under_the_warning_minutes(double minutesLeft, bool warned)
    {
        var plant = new ScriptedPlant();
        plant.Readings.ArgonMinutesLeft = minutesLeft;

        new SupplyPressureInterlock(plant.Options, plant.Gate, plant.Conditions, plant.Probes).Evaluate(plant.Readings, T0);

        Assert.Equal(warned, plant.Conditions[AlarmCondition.TankNearlyEmpty, 0]);
    }

    [Fact]
    public void Three_late_ticks_in_a_row_raise_the_overrun_alarm_and_one_on_time_tick_clears_it()
    {
        var plant = new ScriptedPlant();
        var interlock = new LoopHealthInterlock(plant.Options, plant.Conditions);
        double late = plant.Options.OverrunLateness.TotalMilliseconds + 1;

        interlock.Evaluate(late, storageFailed: false);
        interlock.Evaluate(late, storageFailed: false);
        Assert.False(plant.Conditions[AlarmCondition.ControlLoopOverrun, -1]);
        interlock.Evaluate(late, storageFailed: false);
        Assert.True(plant.Conditions[AlarmCondition.ControlLoopOverrun, -1]);
        interlock.Evaluate(0, storageFailed: true);
        Assert.False(plant.Conditions[AlarmCondition.ControlLoopOverrun, -1]);
        Assert.True(plant.Conditions[AlarmCondition.StorageFailure, -1]);
    }
}
