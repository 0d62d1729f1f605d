using System.Numerics;
using CryoWeb.Thermal.Probes;

namespace CryoWeb.Hardware.Tests.Simulation;

/// <summary>Probes go in at any angle: the iceball must not depend on how the needle lies against the solver grid.</summary>
public class ProbeOrientationTests(SingleProbeRun run) : IClassFixture<SingleProbeRun>
{
    [Theory]
    [InlineData(1, 0, 1)]
    [InlineData(1, 1, 1)]
    [InlineData(0.3f, -0.7f, 0.2f)]
    public void A_tilted_probe_makes_the_same_iceball_as_one_along_the_grid(float x, float y, float z)
    {
        var tilted = new SimulatedProbe { Name = "tilted", TipMm = new Vector3(3, -2, 5), TowardHandle = new Vector3(x, y, z), ActiveLengthMm = 30, DiameterMm = 1.5 };
        var (plant, valves) = PlantFixture.Start(PlantFixture.Layout(tilted));
        PlantFixture.FreezeAll(valves, true);
        plant.Advance(TimeSpan.FromMinutes(10));

        var ice = PlantFixture.Measure(plant, 0);
        var aligned = run.AfterFreeze[0];
        Assert.True(Math.Abs(ice.DiameterMm - aligned.DiameterMm) < 1.5, $"0 C diameter {ice.DiameterMm:F1} mm tilted vs {aligned.DiameterMm:F1} mm aligned");
        Assert.True(Math.Abs(ice.LengthMm - aligned.LengthMm) < 2, $"0 C length {ice.LengthMm:F1} mm tilted vs {aligned.LengthMm:F1} mm aligned");
        Assert.True(Math.Abs(ice.VolumeMilliliters - aligned.VolumeMilliliters) < 0.06 * aligned.VolumeMilliliters, $"0 C volume {ice.VolumeMilliliters:F2} mL tilted vs {aligned.VolumeMilliliters:F2} mL aligned");
    }
}
