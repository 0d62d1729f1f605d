using CryoWeb.Hardware.Valves;
using CryoWeb.Thermal.Layout;

namespace CryoWeb.Hardware.Tests.Simulation;

/// <summary>The simulator against the sanity anchors of DESIGN.md and the physics it must show.</summary>
public class IceballValidationTests(SingleProbeRun run) : IClassFixture<SingleProbeRun>
{
    [Fact]
    public void One_probe_ten_minutes_full_power_gives_the_published_iceball()
    {
        Assert.InRange(run.AfterFreeze[0].DiameterMm, 25, 35);
        Assert.InRange(run.AfterFreeze[2].DiameterMm, 10, 18);

        // Isotherms are nested: colder zones are smaller.
        Assert.True(run.AfterFreeze[1].DiameterMm < run.AfterFreeze[0].DiameterMm);
        Assert.True(run.AfterFreeze[2].DiameterMm < run.AfterFreeze[1].DiameterMm);

        // The ice is longer than the 30 mm active zone along the probe, and elongated.
        Assert.True(run.AfterFreeze[0].LengthMm > 30 && run.AfterFreeze[0].LengthMm > run.AfterFreeze[0].DiameterMm);
    }

    [Fact]
    public void Tip_reaches_about_minus_145_within_seconds_at_full_pressure()
    {
        Assert.True(run.TipAfter15Seconds < -130, $"tip after 15 s: {run.TipAfter15Seconds:F1} C");
        Assert.InRange(run.TipAfter1Minute, -155, -138);
        Assert.InRange(run.TipAfterFreeze, -155, -140);
    }

    [Fact]
    public void Passive_thaw_shrinks_the_ice()
    {
        Assert.True(run.AfterPassiveThaw[0].VolumeMilliliters < 0.8 * run.AfterFreeze[0].VolumeMilliliters, $"0 C volume {run.AfterFreeze[0].VolumeMilliliters:F1} -> {run.AfterPassiveThaw[0].VolumeMilliliters:F1} mL");
        Assert.True(run.AfterPassiveThaw[0].DiameterMm < run.AfterFreeze[0].DiameterMm - 2);
        Assert.Equal(0, run.AfterPassiveThaw[1].VolumeMilliliters);
    }

    [Fact]
    public void Argon_tank_pressure_falls_while_freezing_and_not_while_thawing()
    {
        Assert.InRange(run.ArgonPsiAfterFreeze, 4300, 4495);
        Assert.Equal(run.ArgonPsiAfterFreeze, run.ArgonPsiAfterThaw);
    }

    [Fact]
    public void Lower_supply_pressure_gives_a_warmer_tip_and_a_smaller_iceball()
    {
        var layout = PlantFixture.Layout(PlantFixture.Probe(0)) with { ArgonTank = new GasTank { InitialPsi = 1500 } };
        var (plant, valves) = PlantFixture.Start(layout);
        PlantFixture.FreezeAll(valves, true);
        plant.Advance(TimeSpan.FromMinutes(10));

        var lowPressureIce = PlantFixture.Measure(plant, 0);
        Assert.True(plant.ProbeWallCelsius(0) > run.TipAfterFreeze + 40, $"tip at 1500 psi: {plant.ProbeWallCelsius(0):F1} C");
        Assert.True(lowPressureIce.DiameterMm < run.AfterFreeze[0].DiameterMm - 4, $"0 C diameter at 1500 psi: {lowPressureIce.DiameterMm:F1} mm");
    }

    [Theory]
    [InlineData(2, 15)]
    [InlineData(3, 15)]
    [InlineData(4, 18)]
    public void Probes_15_to_20_mm_apart_merge_and_the_lethal_zone_grows_faster_than_the_probe_count(int count, float spacingMm)
    {
        var probes = Enumerable.Range(0, count).Select(i => PlantFixture.Probe(i * spacingMm, name: $"P{i + 1}")).ToArray();
        var (plant, valves) = PlantFixture.Start(PlantFixture.Layout(probes));
        PlantFixture.FreezeAll(valves, true);
        plant.Advance(TimeSpan.FromMinutes(10));

        // Merged: tissue halfway between neighbouring probes, mid-length, is frozen solid.
        for (int i = 0; i + 1 < count; i++)
        {
            var between = (probes[i].ActiveCentreMm + probes[i + 1].ActiveCentreMm) / 2;
            Assert.True(plant.Tissue.SampleCelsius(between) < -8, $"between P{i + 1} and P{i + 2}: {plant.Tissue.SampleCelsius(between):F1} C");
        }

        double lethal = PlantFixture.Measure(plant, -20).VolumeMilliliters;
        double proportional = count * run.AfterFreeze[1].VolumeMilliliters;
        Assert.True(lethal > 1.3 * proportional, $"{count} probes: -20 C volume {lethal:F1} mL vs {proportional:F1} mL in proportion");
        Assert.True(PlantFixture.Measure(plant, 0).DiameterMm > ((count - 1) * spacingMm) + run.AfterFreeze[0].DiameterMm - 2);
    }

    [Fact]
    public void Refining_the_grid_moves_the_zero_degree_diameter_by_less_than_half_a_millimetre()
    {
        double Diameter(double spacingMm)
        {
            var layout = PlantFixture.Layout(PlantFixture.Probe(0)) with { GridSpacingMm = spacingMm, MarginMm = 30 };
            var (plant, valves) = PlantFixture.Start(layout);
            PlantFixture.FreezeAll(valves, true);
            plant.Advance(TimeSpan.FromMinutes(10));
            return PlantFixture.Measure(plant, 0).DiameterMm;
        }

        double coarse = Diameter(1.5);
        double fine = Diameter(1.0);
        Assert.True(Math.Abs(coarse - fine) < 0.5, $"0 C diameter {coarse:F2} mm at 1.5 mm, {fine:F2} mm at 1.0 mm");
    }

    [Fact]
    public void Active_thaw_warms_the_tip_to_twenty_to_forty_degrees()
    {
        var (plant, valves) = PlantFixture.Start(PlantFixture.Layout(PlantFixture.Probe(0)));
        PlantFixture.FreezeAll(valves, true);
        plant.Advance(TimeSpan.FromMinutes(3));
        PlantFixture.FreezeAll(valves, false);
        valves.SetOpen(ValveId.ThawOf(0), true);
        plant.Advance(TimeSpan.FromSeconds(90));

        Assert.InRange(plant.ProbeWallCelsius(0), 20, 40);
    }

    [Fact]
    public void Stick_duty_is_a_weak_freeze()
    {
        var (plant, valves) = PlantFixture.Start(PlantFixture.Layout(PlantFixture.Probe(0)));
        for (int window = 0; window < 30; window++)
        {
            valves.SetOpen(ValveId.FreezeOf(0), true);
            plant.Advance(TimeSpan.FromSeconds(0.6));
            valves.SetOpen(ValveId.FreezeOf(0), false);
            plant.Advance(TimeSpan.FromSeconds(3.4));
        }

        var stickIce = PlantFixture.Measure(plant, 0);
        Assert.InRange(stickIce.DiameterMm, 1, run.AfterFreeze[0].DiameterMm / 2);
        Assert.True(plant.ProbeWallCelsius(0) < 0, "a stuck needle is frozen to the tissue");
    }
}
