using System.Numerics;
using CryoWeb.Hardware.Thermocouples;
using CryoWeb.Thermal.Layout;
using CryoWeb.Thermal.Probes;

namespace CryoWeb.Hardware.Tests.Simulation;

/// <summary>Layouts the simulator must refuse with the field named, rather than crash or run out of memory.</summary>
public class LayoutLimitsTests
{
    [Fact]
    public void A_simulated_layout_has_the_plants_own_limits()
    {
        // The layout lives in CryoWeb.Thermal, which knows nothing of the plant: its limits are copies that must agree.
        Assert.Equal(PlantLimits.MaxProbes, SimulationLayout.MaxProbes);
        Assert.Equal(PlantLimits.MaxThermocoupleChannels, SimulationLayout.MaxThermocoupleChannels);
    }

    [Fact]
    public void A_grid_too_big_for_the_controller_is_refused_naming_the_spacing()
    {
        var layout = PlantFixture.Layout(PlantFixture.Probe(0)) with
        {
            GridSpacingMm = 0.5,
            MarginMm = 150,
            Sensors = [new SimulatedThermalSensor { Name = "far", PositionMm = new Vector3(500, 0, 0) }],
        };

        var e = Assert.Throws<ArgumentException>(layout.Validate);
        Assert.StartsWith("GridSpacingMm: 0.5 mm over ", e.Message, StringComparison.Ordinal);
        Assert.Contains("at most 3.0E+007 fit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_must_be_unique_across_probes_and_sensors()
    {
        var layout = PlantFixture.Layout(PlantFixture.Probe(0, name: "P1"), PlantFixture.Probe(15, name: "P2")) with
        {
            Sensors = [new SimulatedThermalSensor { Name = "TS1" }, new SimulatedThermalSensor { Name = "P2", PositionMm = new Vector3(5, 5, 5) }],
        };

        var e = Assert.Throws<ArgumentException>(layout.Validate);
        Assert.Equal("Sensors[1].Name: 'P2' is already the name of Probes[1].Name; names must be unique.", e.Message);
    }

    [Fact]
    public void A_blank_name_is_refused()
    {
        var layout = PlantFixture.Layout(PlantFixture.Probe(0, name: " "));

        var e = Assert.Throws<ArgumentException>(layout.Validate);
        Assert.Equal("Probes[0].Name: a name is needed.", e.Message);
    }

    [Theory]
    [InlineData(nameof(ProbeGasModel.ThawGasCelsius))]
    [InlineData(nameof(ProbeGasModel.InletCelsius))]
    [InlineData(nameof(ProbeGasModel.NominalThawPsi))]
    public void A_gas_model_field_that_is_not_a_number_is_named(string field)
    {
        var gas = field switch
        {
            nameof(ProbeGasModel.ThawGasCelsius) => new ProbeGasModel { ThawGasCelsius = double.NaN },
            nameof(ProbeGasModel.InletCelsius) => new ProbeGasModel { InletCelsius = double.NaN },
            _ => new ProbeGasModel { NominalThawPsi = double.NaN },
        };

        var e = Assert.Throws<ArgumentException>(gas.Validate);
        Assert.StartsWith($"ProbeGas.{field} must be ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reading_without_faults_but_without_a_number_is_not_valid()
    {
        var reading = new ThermocoupleReading(double.NaN, 25, ThermocoupleFaults.None, DateTimeOffset.UnixEpoch);

        Assert.False(reading.IsValid);
        Assert.False(reading.TryGetCelsius(out _));
        Assert.True(new ThermocoupleReading(-40, 25, ThermocoupleFaults.None, DateTimeOffset.UnixEpoch).IsValid);
    }
}
