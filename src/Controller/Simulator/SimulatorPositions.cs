using System.Globalization;
using System.Numerics;
using CryoWeb.Controller.Iceball;
using CryoWeb.Thermal.Layout;

namespace CryoWeb.Controller.Simulator;

/// <summary>
/// The simulated console's own probes and sensors as a plan layout, so that a console running on the simulator shows
/// a working estimate without typing: positions move so that the target centre is the centroid of the probes'
/// active-zone centres; probe numbers follow the simulator's order (1, 2, ...), and sensor channels follow the probe
/// tips (the simulator's channels are the tips in probe order, then the sensors). The target is a 10 mm sphere with a
/// 5 mm margin.
/// </summary>
public static class SimulatorPositions
{
    public const double TargetRadiusMm = 10;
    public const double TargetMarginMm = 5;

    /// <summary>The layout, or null with <paramref name="problem"/> saying why the simulator's positions do not fit a plan.</summary>
    public static IceballLayout? From(SimulationLayout simulation, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        if (simulation.Probes.Count == 0)
        {
            problem = "The simulator has no probes to offer.";
            return null;
        }

        // A plan's probes are inserted along +z; a simulated probe pointing elsewhere has no place in one.
        for (int i = 0; i < simulation.Probes.Count; i++)
        {
            var axis = simulation.Probes[i].AxisUnit;
            if (Vector3.Dot(axis, Vector3.UnitZ) < 0.9999f)
            {
                problem = string.Create(
                    CultureInfo.InvariantCulture,
                    $"The simulator's {simulation.Probes[i].Name} is not inserted along +z (toward the handle: {axis.X:0.##}, {axis.Y:0.##}, {axis.Z:0.##}); a plan places probes along +z, so enter the positions by hand.");
                return null;
            }
        }

        var centre = simulation.Probes.Aggregate(Vector3.Zero, (sum, p) => sum + p.ActiveCentreMm) / simulation.Probes.Count;
        int probeCount = simulation.Probes.Count;
        problem = null;
        return new IceballLayout(
            [.. simulation.Probes.Select((p, i) => new ProbePlacement(i + 1, Mm(p.TipMm.X - centre.X), Mm(p.TipMm.Y - centre.Y), Mm(p.TipMm.Z - centre.Z), p.ActiveLengthMm, p.DiameterMm))],
            [.. simulation.Sensors.Select((s, i) => new SensorPlacement(probeCount + i, Mm(s.PositionMm.X - centre.X), Mm(s.PositionMm.Y - centre.Y), Mm(s.PositionMm.Z - centre.Z)))],
            new TargetShape(TargetRadiusMm, TargetRadiusMm, TargetRadiusMm, TargetMarginMm));
    }

    /// <summary>Single-precision positions, rounded to a hundredth of a millimetre so that 7.5 reads as 7.5.</summary>
    private static double Mm(float value) => Math.Round(value, 2);
}
