using System.Numerics;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Hardware.Valves;
using CryoWeb.Thermal.Layout;

namespace CryoWeb.Hardware.Tests.Simulation;

/// <summary>How the plant behaves at rest and under the gas circuit, and what its thermocouples report.</summary>
public class SimulatedPlantBehaviourTests
{
    private const double Resolution = 0.0078125;

    private static SimulationLayout SmallLayout(int seed = 1) => PlantFixture.Layout(PlantFixture.Probe(0)) with
    {
        Sensors =
        [
            new SimulatedThermalSensor { Name = "TS near", PositionMm = new Vector3(6, 0, 15) },
            new SimulatedThermalSensor { Name = "TS far", PositionMm = new Vector3(-15, 0, 15) },
        ],
        GridSpacingMm = 3,
        MarginMm = 15,
        Seed = seed,
    };

    private static double[] ReadAll(SimulatedThermocoupleBank bank) =>
        [.. Enumerable.Range(0, bank.ChannelCount).Select(c => bank.Read(c).TemperatureCelsius)];

    [Fact]
    public void With_no_valve_open_the_tissue_stays_exactly_at_body_temperature()
    {
        var (plant, _) = PlantFixture.Start(SmallLayout());
        var bank = new SimulatedThermocoupleBank(plant);
        long activeAtStart = plant.Tissue.ActiveCellCount;
        Assert.True(activeAtStart > 0, "the cells coupled to the probe are in the solver's region from the start");

        for (int second = 0; second < 60; second++)
        {
            plant.Advance(TimeSpan.FromSeconds(1));
            foreach (double celsius in ReadAll(bank))
            {
                // Type T class 1: 0.5 C, plus a little amplifier noise.
                Assert.InRange(celsius, 37 - 0.65, 37 + 0.65);
            }
        }

        Assert.Equal(activeAtStart, plant.Tissue.ActiveCellCount);
        Assert.Equal(0, plant.Tissue.VolumeAtOrBelowMilliliters(36.999));
        Assert.Equal(37, plant.Tissue.SampleCelsius(plant.Layout.Probes[0].ActiveCentreMm));
        Assert.Equal(37, plant.Tissue.SampleCelsius(plant.Layout.Sensors[0].PositionMm));
        Assert.Equal(37, plant.ProbeWallCelsius(0), 9);
    }

    [Fact]
    public void Freezing_needs_the_argon_supply_valve_open()
    {
        var plant = new SimulatedPlant(SmallLayout(), DateTimeOffset.UnixEpoch);
        var valves = new SimulatedValveBank(plant, TimeProvider.System);
        valves.SetOpen(ValveId.FreezeOf(0), true);
        plant.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(37, plant.ProbeWallCelsius(0), 6);
        Assert.Equal(plant.Layout.ArgonTank.InitialPsi, plant.ArgonTankPsi);

        valves.SetOpen(ValveId.ArgonSupply, true);
        plant.Advance(TimeSpan.FromSeconds(20));
        Assert.True(plant.ProbeWallCelsius(0) < -130, $"wall {plant.ProbeWallCelsius(0):F1} C");
    }

    [Fact]
    public void An_open_vent_stops_the_cooling_and_bleeds_the_tank()
    {
        var (plant, valves) = PlantFixture.Start(SmallLayout());
        valves.SetOpen(ValveId.Vent, true);
        valves.SetOpen(ValveId.FreezeOf(0), true);
        plant.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(37, plant.ProbeWallCelsius(0), 6);
        Assert.True(plant.ArgonTankPsi < plant.Layout.ArgonTank.InitialPsi, "venting draws gas");

        // Closing the vent lets the argon reach the probe; opening it again mid-freeze lets the tip warm.
        valves.SetOpen(ValveId.Vent, false);
        plant.Advance(TimeSpan.FromSeconds(20));
        double frozen = plant.ProbeWallCelsius(0);
        Assert.True(frozen < -130, $"wall {frozen:F1} C");
        valves.SetOpen(ValveId.Vent, true);
        plant.Advance(TimeSpan.FromSeconds(20));
        Assert.True(plant.ProbeWallCelsius(0) > frozen + 50, $"wall {frozen:F1} -> {plant.ProbeWallCelsius(0):F1} C after venting");
    }

    [Fact]
    public void Same_seed_and_inputs_give_the_same_readings_and_another_seed_does_not()
    {
        static List<double> Run(int seed)
        {
            var (plant, valves) = PlantFixture.Start(SmallLayout(seed));
            var bank = new SimulatedThermocoupleBank(plant);
            var readings = new List<double>();
            for (int i = 0; i < 40; i++)
            {
                valves.SetOpen(ValveId.FreezeOf(0), i < 20);
                plant.Advance(TimeSpan.FromSeconds(0.5));
                readings.AddRange(ReadAll(bank));
            }

            return readings;
        }

        var first = Run(seed: 3);
        Assert.Equal(first, Run(seed: 3));
        Assert.NotEqual(first, Run(seed: 4));
    }

    [Fact]
    public void Tip_thermocouple_lags_the_wall_just_after_the_valve_opens_and_then_converges()
    {
        var plant = new SimulatedPlant(SmallLayout(), DateTimeOffset.UnixEpoch, maxStepSeconds: 0.05);
        var valves = new SimulatedValveBank(plant, TimeProvider.System);
        var bank = new SimulatedThermocoupleBank(plant);
        valves.SetOpen(ValveId.ArgonSupply, true);
        valves.SetOpen(ValveId.FreezeOf(0), true);

        plant.Advance(TimeSpan.FromSeconds(1));
        double wall = plant.ProbeWallCelsius(0);
        double reported = bank.Read(0).TemperatureCelsius;
        Assert.True(reported > wall + 20, $"1 s after opening: reported {reported:F1} C, wall {wall:F1} C");

        plant.Advance(TimeSpan.FromSeconds(30));
        wall = plant.ProbeWallCelsius(0);
        reported = bank.Read(0).TemperatureCelsius;
        double allowed = (0.5 * ThermocoupleResponse.TypeTToleranceCelsius(wall)) + 0.15;
        Assert.True(Math.Abs(reported - wall) <= allowed, $"31 s after opening: reported {reported:F2} C, wall {wall:F2} C");
    }

    [Fact]
    public void Readings_are_quantised_to_the_amplifier_resolution()
    {
        var (plant, valves) = PlantFixture.Start(SmallLayout());
        var bank = new SimulatedThermocoupleBank(plant);
        valves.SetOpen(ValveId.FreezeOf(0), true);
        var seen = new HashSet<double>();
        for (int i = 0; i < 30; i++)
        {
            plant.Advance(TimeSpan.FromSeconds(0.7));
            foreach (double celsius in ReadAll(bank))
            {
                double steps = celsius / Resolution;
                Assert.Equal(Math.Round(steps), steps);
                seen.Add(celsius);
            }
        }

        Assert.True(seen.Count > 30, "readings change while freezing");
    }

    [Fact]
    public void Type_T_tolerance_is_class_1_above_minus_40_and_class_3_below()
    {
        Assert.Equal(0.5, ThermocoupleResponse.TypeTToleranceCelsius(37));
        Assert.Equal(0.5, ThermocoupleResponse.TypeTToleranceCelsius(-40));
        Assert.Equal(1.0, ThermocoupleResponse.TypeTToleranceCelsius(-41));
        Assert.Equal(0.015 * 140, ThermocoupleResponse.TypeTToleranceCelsius(-140), 12);
        Assert.Equal(0.004 * 200, ThermocoupleResponse.TypeTToleranceCelsius(200), 12);
    }

    [Fact]
    public void Simulated_time_only_runs_forward()
    {
        var (plant, _) = PlantFixture.Start(SmallLayout());
        plant.Advance(TimeSpan.FromSeconds(1.5));
        plant.Advance(TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromSeconds(1.5), plant.Elapsed);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddSeconds(1.5), plant.Now);
        Assert.Throws<ArgumentOutOfRangeException>(() => plant.Advance(TimeSpan.FromSeconds(-1)));
        Assert.Equal(TimeSpan.FromSeconds(1.5), plant.Elapsed);
    }
}
