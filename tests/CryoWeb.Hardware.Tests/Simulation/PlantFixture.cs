using System.Numerics;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Hardware.Valves;
using CryoWeb.Thermal.Isotherms;
using CryoWeb.Thermal.Layout;
using CryoWeb.Thermal.Probes;

namespace CryoWeb.Hardware.Tests.Simulation;

/// <summary>Builds simulated plants and drives them like the planning runner, for the physics tests.</summary>
internal static class PlantFixture
{
    public static SimulatedProbe Probe(float x, float y = 0, string name = "P") =>
        new() { Name = name, TipMm = new Vector3(x, y, 0), TowardHandle = Vector3.UnitZ, ActiveLengthMm = 30, DiameterMm = 1.5 };

    public static SimulationLayout Layout(params SimulatedProbe[] probes) =>
        new() { Probes = probes, MaxDegreeOfParallelism = 2 };

    public static (SimulatedPlant Plant, SimulatedValveBank Valves) Start(SimulationLayout layout)
    {
        var plant = new SimulatedPlant(layout, DateTimeOffset.UnixEpoch);
        var valves = new SimulatedValveBank(plant, TimeProvider.System);
        valves.SetOpen(ValveId.ArgonSupply, true);
        valves.SetOpen(ValveId.ThawSupply, true);
        return (plant, valves);
    }

    public static void FreezeAll(SimulatedValveBank valves, bool open)
    {
        for (int p = 0; p < valves.ProbeCount; p++)
        {
            valves.SetOpen(ValveId.FreezeOf(p), open);
        }
    }

    public static IsothermExtent Measure(SimulatedPlant plant, double celsius) =>
        new IsothermMeasurer(plant.Tissue, plant.Layout.Probes).Measure(celsius);
}
