using CryoWeb.Thermal.Isotherms;

namespace CryoWeb.Hardware.Tests.Simulation;

/// <summary>One 1.5 mm probe: 10 min at 100 %, then 8 min passive thaw. Run once and shared by the validation tests.</summary>
public sealed class SingleProbeRun
{
    public SingleProbeRun()
    {
        var (plant, valves) = PlantFixture.Start(PlantFixture.Layout(PlantFixture.Probe(0)));
        PlantFixture.FreezeAll(valves, true);
        plant.Advance(TimeSpan.FromSeconds(15));
        TipAfter15Seconds = plant.ProbeWallCelsius(0);
        plant.Advance(TimeSpan.FromSeconds(45));
        TipAfter1Minute = plant.ProbeWallCelsius(0);
        plant.Advance(TimeSpan.FromMinutes(9));
        TipAfterFreeze = plant.ProbeWallCelsius(0);
        AfterFreeze = [PlantFixture.Measure(plant, 0), PlantFixture.Measure(plant, -20), PlantFixture.Measure(plant, -40)];
        ArgonPsiAfterFreeze = plant.ArgonTankPsi;
        PlantFixture.FreezeAll(valves, false);
        plant.Advance(TimeSpan.FromMinutes(8));
        AfterPassiveThaw = [PlantFixture.Measure(plant, 0), PlantFixture.Measure(plant, -20), PlantFixture.Measure(plant, -40)];
        ArgonPsiAfterThaw = plant.ArgonTankPsi;
    }

    public double TipAfter15Seconds { get; }

    public double TipAfter1Minute { get; }

    public double TipAfterFreeze { get; }

    /// <summary>0, -20 and -40 C extents after the freeze.</summary>
    public IsothermExtent[] AfterFreeze { get; }

    public IsothermExtent[] AfterPassiveThaw { get; }

    public double ArgonPsiAfterFreeze { get; }

    public double ArgonPsiAfterThaw { get; }
}
