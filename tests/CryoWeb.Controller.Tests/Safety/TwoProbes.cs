using System.Numerics;
using CryoWeb.Thermal.Layout;
using CryoWeb.Thermal.Probes;

namespace CryoWeb.Controller.Tests.Safety;

/// <summary>Two probes side by side (the simulator places them by tip position) and one thermal sensor; coarse grid.</summary>
internal static class TwoProbes
{
    /// <param name="apartMm">Distance between the two tips along x.</param>
    public static SimulationLayout Layout(float apartMm = 10, double argonPsi = 4500, double thawPsi = 2200) => new()
    {
        GridSpacingMm = 3,
        MarginMm = 20,
        MaxDegreeOfParallelism = 2,
        ArgonTank = new GasTank { InitialPsi = argonPsi },
        ThawTank = new GasTank { InitialPsi = thawPsi, FlowReferencePsi = 1500, FlowStandardLitersPerMinute = 20 },
        Probes =
        [
            new SimulatedProbe { Name = "P1", TipMm = new Vector3(0, 0, 0) },
            new SimulatedProbe { Name = "P2", TipMm = new Vector3(apartMm, 0, 0) },
        ],
        Sensors = [new SimulatedThermalSensor { Name = "TS1", PositionMm = new Vector3(0, 8, 15) }],
    };
}
