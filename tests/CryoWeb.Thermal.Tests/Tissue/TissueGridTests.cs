using System.Numerics;
using CryoWeb.Thermal.Isotherms;
using CryoWeb.Thermal.Probes;
using CryoWeb.Thermal.Tissue;

namespace CryoWeb.Thermal.Tests.Tissue;

/// <summary>The solver on its own, no simulated plant: a probe wall held cold in tissue with no perfusion or metabolism.</summary>
public class TissueGridTests
{
    private const double WallCelsius = -140;
    private static readonly SimulatedProbe Probe = new() { Name = "P1", TipMm = Vector3.Zero, ActiveLengthMm = 30, DiameterMm = 1.5 };

    private static (TissueGrid Grid, ProbeCoupling Coupling) Start()
    {
        var law = new TissueEnthalpy(new TissueProperties { PerfusionPerSecond = 0, MetabolicHeatWattsPerCubicMeter = 0 });
        var geometry = GridGeometry.Enclosing(Probe.TipMm, Probe.ActiveEndMm, marginMm: 30, spacingMm: 1.5);
        var grid = new TissueGrid(geometry, law);
        return (grid, ProbeCoupling.Build(geometry, Probe, grid));
    }

    /// <summary>Holds the wall at <see cref="WallCelsius"/> for <paramref name="seconds"/>; returns the heat the probe took (J).</summary>
    private static double Freeze(TissueGrid grid, ProbeCoupling coupling, double seconds)
    {
        double wallPhi = grid.Law.PhiFromTheta(WallCelsius - grid.Law.Tissue.BodyCelsius);
        var heat = new double[1];
        double taken = 0;
        for (double t = 0; t < seconds; t += grid.StableStepSeconds)
        {
            grid.Step(grid.StableStepSeconds, [coupling], [wallPhi], heat);
            taken += heat[0] * grid.StableStepSeconds;
        }

        return taken;
    }

    [Fact]
    public void The_heat_a_cold_wall_takes_is_the_heat_the_tissue_loses()
    {
        var (grid, coupling) = Start();
        double before = grid.TotalEnthalpyJoules();

        double taken = Freeze(grid, coupling, 120);

        double lost = before - grid.TotalEnthalpyJoules();
        Assert.True(taken > 1000, $"the wall took {taken:F0} J in 2 minutes");
        Assert.True(Math.Abs(lost - taken) < 1e-4 * taken, $"tissue lost {lost:F2} J, the wall took {taken:F2} J");
    }

    [Fact]
    public void A_cold_wall_grows_nested_isotherms_around_the_active_length_only()
    {
        var (grid, coupling) = Start();
        var measurer = new IsothermMeasurer(grid, [Probe]);

        Freeze(grid, coupling, 180);

        var zero = measurer.Measure(0);
        var lethal = measurer.Measure(-40);
        Assert.True(zero.DiameterMm > lethal.DiameterMm && lethal.DiameterMm > Probe.DiameterMm, $"0 C {zero.DiameterMm:F1} mm, -40 C {lethal.DiameterMm:F1} mm across");
        Assert.True(zero.VolumeMilliliters > lethal.VolumeMilliliters && lethal.VolumeMilliliters > 0, $"0 C {zero.VolumeMilliliters:F2} mL, -40 C {lethal.VolumeMilliliters:F2} mL");
        Assert.InRange(zero.LengthMm, Probe.ActiveLengthMm, Probe.ActiveLengthMm + zero.DiameterMm);
        Assert.InRange(grid.SampleCelsius(new Vector3(0, 0, -25)), 36.5, 37.0); // 25 mm beyond the tip: hardly touched
    }
}
