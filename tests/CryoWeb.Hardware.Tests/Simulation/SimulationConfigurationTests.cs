using System.Numerics;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Thermal.Layout;

namespace CryoWeb.Hardware.Tests.Simulation;

/// <summary>Gas tanks, layout validation and layout files: what a configuration error looks like.</summary>
public sealed class SimulationConfigurationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cryoweb-layout-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static SimulationLayout OneProbe() => PlantFixture.Layout(PlantFixture.Probe(0)) with { GridSpacingMm = 3, MarginMm = 15 };

    [Fact]
    public void Tank_drains_by_the_gas_one_valve_draws()
    {
        // 30 SLPM at 3000 psi, choked flow: at 4500 psi one valve draws 30 * 4514.7 / 3014.7 = 44.9 standard litres a
        // minute from a 50 L cylinder, i.e. 44.9 / 50 atmospheres = 13.2 psi in the first minute.
        double after = new GasTank().PressureAfter(4500, 1, 60);
        Assert.InRange(4500 - after, 13.1, 13.25);
    }

    [Fact]
    public void Two_valves_drain_faster_than_one_and_none_not_at_all()
    {
        var tank = new GasTank();
        double one = tank.PressureAfter(4500, 1, 120);
        double two = tank.PressureAfter(4500, 2, 120);
        Assert.True(two < one && one < 4500, $"one valve {one:F1} psi, two valves {two:F1} psi");

        // Two valves for a time draw what one valve draws in twice the time.
        Assert.Equal(tank.PressureAfter(4500, 1, 240), two, 9);
        Assert.Equal(4500, tank.PressureAfter(4500, 0, 600));
        Assert.Equal(4500, tank.PressureAfter(4500, -1, 600));
    }

    [Theory]
    [InlineData(4500, 8, 1e6)]
    [InlineData(10, 1, 3600 * 24 * 30)]
    [InlineData(0, 1, 60)]
    [InlineData(-5, 0, 60)]
    public void Tank_pressure_never_goes_below_zero(double psi, double valves, double seconds)
    {
        double after = new GasTank().PressureAfter(psi, valves, seconds);
        Assert.Equal(0, after);
    }

    [Fact]
    public void A_layout_needs_at_least_one_probe()
    {
        var e = Assert.Throws<ArgumentException>(() => (OneProbe() with { Probes = [] }).Validate());
        Assert.StartsWith("Probes:", e.Message, StringComparison.Ordinal);
        Assert.Contains("not 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_has_at_most_eight_probes()
    {
        var probes = Enumerable.Range(0, 9).Select(i => PlantFixture.Probe(i * 10)).ToArray();
        var e = Assert.Throws<ArgumentException>(() => (OneProbe() with { Probes = probes }).Validate());
        Assert.StartsWith("Probes:", e.Message, StringComparison.Ordinal);
        Assert.Contains("not 9", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Probes_and_sensors_together_fit_the_sixteen_thermocouple_channels()
    {
        var sensors = Enumerable.Range(0, 15).Select(i => new SimulatedThermalSensor { Name = $"TS{i + 1}", PositionMm = new Vector3(i, 5, 5) }).ToArray();
        var fits = OneProbe() with { Sensors = sensors };
        fits.Validate();

        var e = Assert.Throws<ArgumentException>(() => (fits with { Probes = [PlantFixture.Probe(0), PlantFixture.Probe(10)] }).Validate());
        Assert.StartsWith("Sensors:", e.Message, StringComparison.Ordinal);
        Assert.Contains("17 thermocouple channels", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Grid_spacing_out_of_range_is_named()
    {
        var e = Assert.Throws<ArgumentException>(() => (OneProbe() with { GridSpacingMm = 0.1 }).Validate());
        Assert.StartsWith("GridSpacingMm", e.Message, StringComparison.Ordinal);
        Assert.Contains("0.1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_probe_is_named_by_its_index_and_field()
    {
        var thick = OneProbe() with { Probes = [PlantFixture.Probe(0), PlantFixture.Probe(10) with { DiameterMm = 10 }] };
        var e = Assert.Throws<ArgumentException>(thick.Validate);
        Assert.StartsWith("Probes[1].DiameterMm", e.Message, StringComparison.Ordinal);

        var pointless = OneProbe() with { Probes = [PlantFixture.Probe(0) with { TowardHandle = Vector3.Zero }] };
        e = Assert.Throws<ArgumentException>(pointless.Validate);
        Assert.StartsWith("Probes[0].TowardHandle", e.Message, StringComparison.Ordinal);

        // The plant refuses the same layout.
        Assert.Throws<ArgumentException>(() => new SimulatedPlant(pointless, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Layout_file_with_an_unknown_field_names_the_file_and_the_field()
    {
        string path = Write("layout.json", """{ "probes": [ { "tipMm": [0, 0, 0] } ], "gridSpacing": 2 }""");
        var e = Assert.Throws<ArgumentException>(() => SimulationLayoutJson.Load(path));
        Assert.StartsWith(path + ":", e.Message, StringComparison.Ordinal);
        Assert.Contains("gridSpacing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_file_with_a_bad_value_names_the_file_and_the_field()
    {
        string path = Write("thick.json", """{ "probes": [ { "tipMm": [0, 0, 0], "diameterMm": 10 } ] }""");
        var e = Assert.Throws<ArgumentException>(() => SimulationLayoutJson.Load(path));
        Assert.StartsWith(path + ": Probes[0].DiameterMm", e.Message, StringComparison.Ordinal);

        path = Write("vector.json", """{ "probes": [ { "tipMm": [0, 0] } ] }""");
        e = Assert.Throws<ArgumentException>(() => SimulationLayoutJson.Load(path));
        Assert.StartsWith(path + ": $.probes[0].tipMm", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "probes": null }""", "$.probes: ")]
    [InlineData("""{ "probes": [ null ] }""", "Probes[0]: ")]
    [InlineData("""{ "probes": [ { "tipMm": [0, 0, 0] } ], "sensors": [ null ] }""", "Sensors[0]: ")]
    [InlineData("""{ "probes": [ { "tipMm": [0, 0, 0] } ], "tissue": null }""", "$.tissue: ")]
    public void Layout_file_with_a_null_names_the_file_and_the_field(string json, string expected)
    {
        string path = Write("null.json", json);
        var e = Assert.Throws<ArgumentException>(() => SimulationLayoutJson.Load(path));
        Assert.StartsWith($"{path}: {expected}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_file_is_read_with_comments_vectors_and_defaults()
    {
        string path = Write("good.json", """
            {
              // two probes and a sensor
              "probes": [
                { "name": "P1", "tipMm": [-5, 0, 0], "towardHandle": [0, 0, 1] },
                { "name": "P2", "tipMm": [5, 0, 0], "diameterMm": 2.4, },
              ],
              "sensors": [ { "name": "TS1", "positionMm": [0, 12.5, 15] } ],
              "gridSpacingMm": 2,
              "seed": 9
            }
            """);
        var layout = SimulationLayoutJson.Load(path);
        Assert.Equal(["P1", "P2"], layout.Probes.Select(p => p.Name));
        Assert.Equal(new Vector3(5, 0, 0), layout.Probes[1].TipMm);
        Assert.Equal(2.4, layout.Probes[1].DiameterMm);
        Assert.Equal(30, layout.Probes[1].ActiveLengthMm);
        Assert.Equal(new Vector3(0, 12.5f, 15), layout.Sensors[0].PositionMm);
        Assert.Equal(2, layout.GridSpacingMm);
        Assert.Equal(9, layout.Seed);
        Assert.Equal(40, layout.MarginMm);
    }

    private string Write(string name, string json)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, json);
        return path;
    }
}
