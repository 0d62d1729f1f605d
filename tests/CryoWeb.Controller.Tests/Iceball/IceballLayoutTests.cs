using System.Numerics;
using CryoWeb.Controller.Iceball;
using CryoWeb.Thermal.Tissue;

namespace CryoWeb.Controller.Tests.Iceball;

/// <summary>The layout editor's checks (each refusal names its field) and the layout as a simulation.</summary>
public class IceballLayoutTests
{
    private const int ProbeCount = 2;

    /// <summary>Channels 0 and 1 are the probe tips, 2 to 4 thermal sensors.</summary>
    private static readonly bool[] SensorChannels = [false, false, true, true, true];

    private static readonly TargetShape GoodTarget = new(10, 8, 12, 5);

    private static IceballLayout Good() => new(
        [new ProbePlacement(1, -5, 0, -15), new ProbePlacement(2, 5, 0, -15, 25, 2)],
        [new SensorPlacement(2, 0, 12, 0), new SensorPlacement(4, -15, 0, 5)],
        GoodTarget);

    private static IceballLayout Broken(string fault)
    {
        var good = Good();
        var p = good.Probes;
        var s = good.Sensors;
        return fault switch
        {
            "no probes" => good with { Probes = [] },
            "null probes" => good with { Probes = null! },
            "null probe" => good with { Probes = [p[0], null!] },
            "duplicate probe" => good with { Probes = [p[0], p[1] with { Probe = 1 }] },
            "probe 0" => good with { Probes = [p[0] with { Probe = 0 }] },
            "probe above count" => good with { Probes = [p[0], p[1] with { Probe = ProbeCount + 1 }] },
            "tip x beyond reach" => good with { Probes = [p[0] with { TipXMm = IceballLayout.ReachMm + 0.1 }] },
            "tip z beyond reach" => good with { Probes = [p[0], p[1] with { TipZMm = -IceballLayout.ReachMm - 0.1 }] },
            "tip y NaN" => good with { Probes = [p[0] with { TipYMm = double.NaN }] },
            "active length short" => good with { Probes = [p[0] with { ActiveLengthMm = 4.9 }] },
            "active length long" => good with { Probes = [p[0], p[1] with { ActiveLengthMm = 60.1 }] },
            "diameter thin" => good with { Probes = [p[0] with { DiameterMm = 0.79 }] },
            "diameter thick" => good with { Probes = [p[0] with { DiameterMm = 3.01 }] },
            "sensor on a tip channel" => good with { Sensors = [s[0], s[1] with { Channel = 1 }] },
            "sensor channel beyond" => good with { Sensors = [s[0] with { Channel = SensorChannels.Length }] },
            "sensor channel negative" => good with { Sensors = [s[0] with { Channel = -1 }] },
            "duplicate sensor channel" => good with { Sensors = [s[0], s[1] with { Channel = s[0].Channel }] },
            "sensor beyond reach" => good with { Sensors = [s[0] with { YMm = -81 }] },
            "null sensors" => good with { Sensors = null! },
            "null sensor" => good with { Sensors = [null!] },
            "radius x small" => good with { Target = GoodTarget with { RadiusXMm = 1.9 } },
            "radius y large" => good with { Target = GoodTarget with { RadiusYMm = 40.1 } },
            "radius z NaN" => good with { Target = GoodTarget with { RadiusZMm = double.NaN } },
            "margin negative" => good with { Target = GoodTarget with { MarginMm = -0.1 } },
            "margin large" => good with { Target = GoodTarget with { MarginMm = 20.1 } },
            "null target" => good with { Target = null! },
            _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, "no such test case"),
        };
    }

    [Theory]
    [InlineData("no probes", "probes:")]
    [InlineData("null probes", "probes:")]
    [InlineData("null probe", "probes[1]:")]
    [InlineData("duplicate probe", "probes[1].probe:")]
    [InlineData("probe 0", "probes[0].probe:")]
    [InlineData("probe above count", "probes[1].probe:")]
    [InlineData("tip x beyond reach", "probes[0].tip:")]
    [InlineData("tip z beyond reach", "probes[1].tip:")]
    [InlineData("tip y NaN", "probes[0].tip:")]
    [InlineData("active length short", "probes[0].activeLengthMm:")]
    [InlineData("active length long", "probes[1].activeLengthMm:")]
    [InlineData("diameter thin", "probes[0].diameterMm:")]
    [InlineData("diameter thick", "probes[0].diameterMm:")]
    [InlineData("sensor on a tip channel", "sensors[1].channel:")]
    [InlineData("sensor channel beyond", "sensors[0].channel:")]
    [InlineData("sensor channel negative", "sensors[0].channel:")]
    [InlineData("duplicate sensor channel", "sensors[1].channel:")]
    [InlineData("sensor beyond reach", "sensors[0]:")]
    [InlineData("null sensors", "sensors:")]
    [InlineData("null sensor", "sensors[0]:")]
    [InlineData("radius x small", "target.radiusXMm:")]
    [InlineData("radius y large", "target.radiusYMm:")]
    [InlineData("radius z NaN", "target.radiusZMm:")]
    [InlineData("margin negative", "target.marginMm:")]
    [InlineData("margin large", "target.marginMm:")]
    [InlineData("null target", "target:")]
    public void Each_problem_names_its_field(string fault, string field)
    {
        string? problem = Broken(fault).Problem(ProbeCount, SensorChannels);

        Assert.NotNull(problem);
        Assert.StartsWith(field, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_refusals_say_what_is_allowed()
    {
        Assert.Contains($"{IceballLayout.ReachMm} mm", Broken("tip x beyond reach").Problem(ProbeCount, SensorChannels), StringComparison.Ordinal);
        Assert.Contains($"1 to {ProbeCount}", Broken("probe above count").Problem(ProbeCount, SensorChannels), StringComparison.Ordinal);
        Assert.Contains("4.9", Broken("active length short").Problem(ProbeCount, SensorChannels), StringComparison.Ordinal);
        Assert.Contains("probe 1 is placed twice", Broken("duplicate probe").Problem(ProbeCount, SensorChannels), StringComparison.Ordinal);
        Assert.Contains("channel 2 is placed twice", Broken("duplicate sensor channel").Problem(ProbeCount, SensorChannels), StringComparison.Ordinal);
    }

    [Fact]
    public void A_good_layout_has_no_problem_even_at_the_limits()
    {
        Assert.Null(Good().Problem(ProbeCount, SensorChannels));

        var limits = new IceballLayout(
            [new ProbePlacement(2, IceballLayout.ReachMm, -IceballLayout.ReachMm, 0, 5, 0.8), new ProbePlacement(1, 0, 0, IceballLayout.ReachMm, 60, 3)],
            [],
            new TargetShape(2, 40, 2, 20));
        Assert.Null(limits.Problem(ProbeCount, SensorChannels));
        Assert.Null((limits with { Target = new TargetShape(40, 2, 40, 0) }).Problem(ProbeCount, SensorChannels));
    }

    [Fact]
    public void As_a_simulation_tips_and_sensors_keep_their_places_and_probes_point_to_plus_z()
    {
        var layout = Good();
        var tissue = new TissueProperties { PerfusionPerSecond = 0.001 };

        var simulation = layout.ToSimulation(tissue, 2, 15);

        simulation.Validate();
        Assert.Same(tissue, simulation.Tissue);
        Assert.Equal(2, simulation.GridSpacingMm);
        Assert.Equal(15, simulation.MarginMm);
        Assert.Equal(layout.Probes.Count, simulation.Probes.Count);
        for (int i = 0; i < layout.Probes.Count; i++)
        {
            var placed = layout.Probes[i];
            var probe = simulation.Probes[i];
            var tip = new Vector3((float)placed.TipXMm, (float)placed.TipYMm, (float)placed.TipZMm);
            Assert.Equal($"Probe {placed.Probe}", probe.Name);
            Assert.Equal(tip, probe.TipMm);
            Assert.Equal(Vector3.UnitZ, probe.AxisUnit);
            Assert.Equal(placed.ActiveLengthMm, probe.ActiveLengthMm);
            Assert.Equal(placed.DiameterMm, probe.DiameterMm);

            // The freezing zone runs from the tip toward the handle, i.e. up the z axis.
            Assert.Equal(tip.Z + placed.ActiveLengthMm, probe.ActiveEndMm.Z, 4);
            Assert.Equal(tip.Z + (placed.ActiveLengthMm / 2), probe.ActiveCentreMm.Z, 4);
            Assert.Equal(tip.X, probe.ActiveEndMm.X);
            Assert.Equal(tip.Y, probe.ActiveEndMm.Y);
        }

        Assert.Equal(["Channel 2", "Channel 4"], simulation.Sensors.Select(s => s.Name));
        Assert.Equal([new Vector3(0, 12, 0), new Vector3(-15, 0, 5)], simulation.Sensors.Select(s => s.PositionMm));
    }

    [Fact]
    public void The_simulation_grid_holds_every_probe_and_sensor_with_the_margin()
    {
        var simulation = Good().ToSimulation(new TissueProperties(), 1.5, 20);
        var grid = simulation.CreateGrid();

        // Probe tips at z = -15, active ends at z = +15 and +10, sensors out to x = -15 and y = 12.
        Assert.True(grid.OriginMm.X <= -15 - 20 && grid.MaxMm.X >= 5 + 20, $"x {grid.OriginMm.X} to {grid.MaxMm.X}");
        Assert.True(grid.OriginMm.Y <= -20 && grid.MaxMm.Y >= 12 + 20, $"y {grid.OriginMm.Y} to {grid.MaxMm.Y}");
        Assert.True(grid.OriginMm.Z <= -15 - 20 && grid.MaxMm.Z >= 15 + 20, $"z {grid.OriginMm.Z} to {grid.MaxMm.Z}");
    }
}
