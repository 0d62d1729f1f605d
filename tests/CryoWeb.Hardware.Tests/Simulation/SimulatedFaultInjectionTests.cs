using System.Numerics;
using CryoWeb.Hardware.Pressure;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Hardware.Thermocouples;
using CryoWeb.Hardware.Valves;
using CryoWeb.Thermal.Layout;

namespace CryoWeb.Hardware.Tests.Simulation;

/// <summary>Every fault the simulator can inject, seen through the same readings and valves the controller uses.</summary>
public class SimulatedFaultInjectionTests
{
    private static readonly TimeSpan FreezeTime = TimeSpan.FromSeconds(20);

    /// <summary>One probe and two thermal sensors (channels 0 tip, 1 and 2 sensors) on a coarse, fast grid.</summary>
    private static SimulationLayout SmallLayout() => PlantFixture.Layout(PlantFixture.Probe(0)) with
    {
        Sensors =
        [
            new SimulatedThermalSensor { Name = "TS1", PositionMm = new Vector3(12, 0, 15) },
            new SimulatedThermalSensor { Name = "TS2", PositionMm = new Vector3(-12, 0, 15) },
        ],
        GridSpacingMm = 3,
        MarginMm = 15,
    };

    private static (SimulatedPlant Plant, SimulatedValveBank Valves, SimulatedThermocoupleBank Bank) Start(SimulationLayout? layout = null)
    {
        var (plant, valves) = PlantFixture.Start(layout ?? SmallLayout());
        return (plant, valves, new SimulatedThermocoupleBank(plant));
    }

    private static void AssertNearBody(ThermocoupleReading reading)
    {
        Assert.True(reading.IsValid, $"faults {reading.Faults}");
        Assert.InRange(reading.TemperatureCelsius, 36.5, 37.5);
    }

    [Fact]
    public void Open_thermocouple_reads_faulted_with_no_temperature_and_leaves_the_other_channels_alone()
    {
        var (plant, _, bank) = Start();
        plant.InjectThermocoupleFault(1, SimulatedThermocoupleFault.OpenCircuit);
        plant.Advance(TimeSpan.FromSeconds(2));

        var open = bank.Read(1);
        Assert.Equal(ThermocoupleFaults.OpenCircuit, open.Faults);
        Assert.False(open.IsValid);
        Assert.True(double.IsNaN(open.TemperatureCelsius));
        Assert.True(double.IsNaN(open.ColdJunctionCelsius));
        Assert.False(open.TryGetCelsius(out _));
        Assert.Equal(plant.Now, open.Timestamp);
        AssertNearBody(bank.Read(0));
        AssertNearBody(bank.Read(2));
    }

    [Fact]
    public void Shorted_tip_reads_about_the_cold_junction_with_no_fault_bit_while_the_probe_is_deeply_frozen()
    {
        var (plant, valves, bank) = Start(SmallLayout() with { ColdJunctionCelsius = 30 });
        valves.SetOpen(ValveId.FreezeOf(0), true);
        plant.InjectThermocoupleFault(0, SimulatedThermocoupleFault.Shorted);
        plant.Advance(FreezeTime);

        Assert.True(plant.ProbeWallCelsius(0) < -130, $"wall {plant.ProbeWallCelsius(0):F1} C");
        var shorted = bank.Read(0);
        Assert.Equal(ThermocoupleFaults.None, shorted.Faults);
        Assert.True(shorted.IsValid);
        Assert.Equal(30.25, shorted.TemperatureCelsius);
        Assert.Equal(30, shorted.ColdJunctionCelsius);

        // Repaired, the channel reads the frozen tip again.
        plant.InjectThermocoupleFault(0, SimulatedThermocoupleFault.None);
        Assert.True(bank.Read(0).TemperatureCelsius < -120, $"repaired tip {bank.Read(0).TemperatureCelsius:F1} C");
    }

    [Fact]
    public void Stuck_open_freeze_valve_cools_the_probe_although_commanded_closed()
    {
        var (plant, valves, bank) = Start();
        var freeze = ValveId.FreezeOf(0);
        plant.InjectStuckValve(freeze, stuckOpen: true);
        valves.SetOpen(freeze, true);
        valves.SetOpen(freeze, false);

        Assert.False(valves.IsOpen(freeze));
        Assert.True(plant.IsPhysicallyOpen(freeze));
        plant.Advance(FreezeTime);
        Assert.True(plant.ProbeWallCelsius(0) < -130, $"wall {plant.ProbeWallCelsius(0):F1} C");
        Assert.True(bank.Read(0).TemperatureCelsius < -120);
        Assert.True(plant.ArgonTankPsi < plant.Layout.ArgonTank.InitialPsi, "a stuck-open valve draws gas");

        plant.ReleaseValve(freeze);
        Assert.False(plant.IsPhysicallyOpen(freeze));
    }

    [Fact]
    public void Stuck_closed_freeze_valve_keeps_the_tip_warm_although_commanded_open()
    {
        var (plant, valves, bank) = Start();
        var freeze = ValveId.FreezeOf(0);
        plant.InjectStuckValve(freeze, stuckOpen: false);
        valves.SetOpen(freeze, true);

        Assert.True(valves.IsOpen(freeze));
        Assert.False(plant.IsPhysicallyOpen(freeze));
        plant.Advance(FreezeTime);
        Assert.Equal(37, plant.ProbeWallCelsius(0), 6);
        AssertNearBody(bank.Read(0));
        Assert.Equal(plant.Layout.ArgonTank.InitialPsi, plant.ArgonTankPsi);

        // Released, the command that was given all along takes effect.
        plant.ReleaseValve(freeze);
        Assert.True(plant.IsPhysicallyOpen(freeze));
        plant.Advance(FreezeTime);
        Assert.True(plant.ProbeWallCelsius(0) < -130, $"wall {plant.ProbeWallCelsius(0):F1} C");
    }

    [Fact]
    public void Argon_pressure_loss_empties_the_tank_and_an_open_freeze_valve_no_longer_cools()
    {
        var (plant, valves, bank) = Start();
        var pressures = new SimulatedPressureSensors(plant);
        valves.SetOpen(ValveId.FreezeOf(0), true);
        plant.Advance(FreezeTime);
        Assert.True(plant.ProbeWallCelsius(0) < -130, $"wall {plant.ProbeWallCelsius(0):F1} C");

        plant.InjectPressureLoss(GasSupply.Argon);
        Assert.Equal(0, plant.ArgonTankPsi);
        var reading = pressures.Read(GasSupply.Argon);
        Assert.Equal(0, reading.Psi);
        Assert.Equal(0.5, reading.SignalVolts, 9);
        Assert.Equal(plant.Layout.ThawTank.InitialPsi, plant.ThawTankPsi);

        plant.Advance(TimeSpan.FromMinutes(2));
        Assert.True(valves.IsOpen(ValveId.FreezeOf(0)) && plant.IsPhysicallyOpen(ValveId.FreezeOf(0)));
        Assert.True(plant.ProbeWallCelsius(0) > -20, $"wall after 2 min without gas {plant.ProbeWallCelsius(0):F1} C");
        Assert.True(bank.Read(0).TemperatureCelsius > -20);
        Assert.Equal(0, plant.ArgonTankPsi);

        // Gas does not come back with a repair.
        plant.ClearFaults();
        Assert.Equal(0, plant.ArgonTankPsi);
    }

    [Fact]
    public void Spi_bus_failure_faults_every_channel_until_it_is_cleared()
    {
        var (plant, _, bank) = Start();
        plant.InjectThermocoupleFault(2, SimulatedThermocoupleFault.OpenCircuit);
        plant.InjectSpiBusFailure();
        for (int c = 0; c < bank.ChannelCount; c++)
        {
            var reading = bank.Read(c);
            Assert.Equal(ThermocoupleFaults.BusFailure, reading.Faults);
            Assert.True(double.IsNaN(reading.TemperatureCelsius));
        }

        // The bus comes back; the channel that was broken behind it is still broken.
        plant.InjectSpiBusFailure(false);
        AssertNearBody(bank.Read(0));
        AssertNearBody(bank.Read(1));
        Assert.Equal(ThermocoupleFaults.OpenCircuit, bank.Read(2).Faults);

        plant.InjectSpiBusFailure();
        plant.ClearFaults();
        for (int c = 0; c < bank.ChannelCount; c++)
        {
            AssertNearBody(bank.Read(c));
        }
    }

    [Fact]
    public void ClearFaults_repairs_every_channel_and_releases_every_valve()
    {
        var (plant, valves, bank) = Start();
        plant.InjectThermocoupleFault(0, SimulatedThermocoupleFault.Shorted);
        plant.InjectThermocoupleFault(1, SimulatedThermocoupleFault.OpenCircuit);
        plant.InjectStuckValve(ValveId.FreezeOf(0), stuckOpen: true);
        plant.InjectStuckValve(ValveId.ArgonSupply, stuckOpen: false);
        plant.InjectStuckValve(ValveId.Vent, stuckOpen: true);

        plant.ClearFaults();

        for (int c = 0; c < bank.ChannelCount; c++)
        {
            AssertNearBody(bank.Read(c));
        }

        // Valves follow their commands again: freeze and vent closed, argon supply open (PlantFixture opened it).
        Assert.False(plant.IsPhysicallyOpen(ValveId.FreezeOf(0)));
        Assert.False(plant.IsPhysicallyOpen(ValveId.Vent));
        Assert.True(plant.IsPhysicallyOpen(ValveId.ArgonSupply));
        valves.SetOpen(ValveId.FreezeOf(0), true);
        plant.Advance(FreezeTime);
        Assert.True(plant.ProbeWallCelsius(0) < -130, $"wall {plant.ProbeWallCelsius(0):F1} C");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData(16)]
    public void Fault_on_a_channel_that_does_not_exist_is_refused(int channel)
    {
        var (plant, _, bank) = Start();
        Assert.Throws<ArgumentOutOfRangeException>(() => plant.InjectThermocoupleFault(channel, SimulatedThermocoupleFault.OpenCircuit));
        Assert.Throws<ArgumentOutOfRangeException>(() => bank.Read(channel));
    }

    [Fact]
    public void Stuck_valve_on_a_probe_that_does_not_exist_is_refused()
    {
        var (plant, _, _) = Start();
        Assert.Throws<ArgumentOutOfRangeException>(() => plant.InjectStuckValve(ValveId.FreezeOf(1), stuckOpen: true));
        Assert.Throws<ArgumentOutOfRangeException>(() => plant.ReleaseValve(ValveId.ThawOf(-1)));
    }
}
