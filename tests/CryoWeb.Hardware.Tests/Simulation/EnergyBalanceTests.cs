using CryoWeb.Thermal.Tissue;

namespace CryoWeb.Hardware.Tests.Simulation;

/// <summary>Heat is neither made nor lost between the tissue and the probes.</summary>
public class EnergyBalanceTests
{
    [Theory]
    [InlineData(1.5)]
    [InlineData(1.0)]
    public void The_heat_a_probe_takes_is_the_heat_the_tissue_loses(double spacingMm)
    {
        // No perfusion or metabolism and a far boundary the cold never reaches: the tissue exchanges heat with the probe only.
        var tissue = new TissueProperties { PerfusionPerSecond = 0, MetabolicHeatWattsPerCubicMeter = 0 };
        var layout = PlantFixture.Layout(PlantFixture.Probe(0)) with { Tissue = tissue, GridSpacingMm = spacingMm, MarginMm = 40 };
        var (plant, valves) = PlantFixture.Start(layout);
        double before = plant.Tissue.TotalEnthalpyJoules();
        PlantFixture.FreezeAll(valves, true);
        plant.Advance(TimeSpan.FromMinutes(3));

        double tissueLost = before - plant.Tissue.TotalEnthalpyJoules();
        double probeTook = plant.ProbeHeatDrawnJoules(0);
        Assert.True(probeTook > 1000, $"the probe took {probeTook:F0} J in 3 minutes");
        Assert.True(Math.Abs(tissueLost - probeTook) < 1e-4 * probeTook, $"tissue lost {tissueLost:F2} J, probe took {probeTook:F2} J");
    }
}
