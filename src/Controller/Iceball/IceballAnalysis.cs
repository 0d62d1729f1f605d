using System.Numerics;
using CryoWeb.Thermal.Isotherms;
using CryoWeb.Thermal.Probes;
using CryoWeb.Thermal.Tissue;

namespace CryoWeb.Controller.Iceball;

/// <summary>
/// Turns a temperature field into an <see cref="IceballEstimate"/>'s measurements: isotherm extents, target
/// coverage and smallest margin, and the isotherms cut by two planes through the target centre (across the probes
/// at z = 0, and along them at y = 0). Used for the live estimate and for plans alike, so both are measured the same way.
/// </summary>
public sealed class IceballAnalysis
{
    /// <summary>Sample spacing of the planes and of the coverage lattice.</summary>
    public const double SampleStepMm = 1;

    private const int MarginDirections = 400;
    private const double MarginRayStepMm = 0.25;
    private readonly IceballLayout _layout;
    private readonly IReadOnlyList<SimulatedProbe> _probes;
    private readonly Vector3[] _directions = FibonacciDirections(MarginDirections);
    private readonly List<Vector3> _coveragePoints = [];

    public IceballAnalysis(IceballLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        _layout = layout;
        _probes = layout.ToSimulation(new TissueProperties(), 2, 10).Probes;
        var t = layout.Target;
        double step = Math.Min(SampleStepMm, Math.Min(t.RadiusXMm, Math.Min(t.RadiusYMm, t.RadiusZMm)) / 4);
        double rx = t.RadiusXMm + t.MarginMm, ry = t.RadiusYMm + t.MarginMm, rz = t.RadiusZMm + t.MarginMm;
        for (double z = -rz; z <= rz; z += step)
        {
            for (double y = -ry; y <= ry; y += step)
            {
                for (double x = -rx; x <= rx; x += step)
                {
                    if (t.Contains(x, y, z, t.MarginMm))
                    {
                        _coveragePoints.Add(new Vector3((float)x, (float)y, (float)z));
                    }
                }
            }
        }

        // Wide enough for the target with its margin and the probes' whole active zones with the iceball around them.
        double probeReach = layout.Probes.Max(p => Math.Max(Math.Max(Math.Abs(p.TipXMm), Math.Abs(p.TipYMm)), Math.Max(Math.Abs(p.TipZMm), Math.Abs(p.TipZMm + p.ActiveLengthMm))));
        double reach = Math.Max(Math.Max(rx, Math.Max(ry, rz)), probeReach) + 15;
        HalfSpanMm = Math.Ceiling(Math.Max(reach, 30) / 5) * 5;
    }

    /// <summary>Half the width of the planes drawn (mm).</summary>
    public double HalfSpanMm { get; }

    public IReadOnlyList<IsothermSize> Measure(TissueGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var measurer = new IsothermMeasurer(grid, _probes);
        return [.. IceballEstimate.StandardCelsius.Select(celsius =>
        {
            var extent = measurer.Measure(celsius);
            return new IsothermSize(celsius, Math.Round(extent.DiameterMm, 1), Math.Round(extent.LengthMm, 1), Math.Round(extent.VolumeMilliliters, 2), Math.Round(CoveredPercent(grid, celsius), 1), Math.Round(SmallestMarginMm(grid, celsius), 1));
        })];
    }

    public IReadOnlyList<IsothermPlane> Cut(TissueGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        return
        [
            Plane(grid, "Across the probes (z = 0)", "x", "y", (h, v) => new Vector3(h, v, 0)),
            Plane(grid, "Along the probes (y = 0)", "x", "z", (h, v) => new Vector3(h, 0, v)),
        ];
    }

    private IsothermPlane Plane(TissueGrid grid, string name, string horizontal, string vertical, Func<float, float, Vector3> at)
    {
        int count = (int)Math.Round(2 * HalfSpanMm / SampleStepMm) + 1;
        var values = new float[count * count];
        for (int j = 0; j < count; j++)
        {
            for (int i = 0; i < count; i++)
            {
                values[(j * count) + i] = (float)grid.SampleCelsius(at((float)(-HalfSpanMm + (i * SampleStepMm)), (float)(-HalfSpanMm + (j * SampleStepMm))));
            }
        }

        var contours = IceballEstimate.StandardCelsius.Select(celsius =>
        {
            var segments = new List<float>();
            ContourTracer.Trace(values, count, count, -HalfSpanMm, -HalfSpanMm, SampleStepMm, celsius, segments);
            return new IsothermContour(celsius, [.. segments.Select(v => MathF.Round(v, 2))]);
        });
        return new IsothermPlane(name, horizontal, vertical, HalfSpanMm, [.. contours]);
    }

    private double CoveredPercent(TissueGrid grid, double celsius)
    {
        int below = 0;
        foreach (var point in _coveragePoints)
        {
            below += grid.SampleCelsius(point) <= celsius ? 1 : 0;
        }

        return _coveragePoints.Count == 0 ? 0 : 100.0 * below / _coveragePoints.Count;
    }

    /// <summary>
    /// Per direction from the target centre, how far the region at or below <paramref name="celsius"/> reaches beyond
    /// the target's surface without a gap (positive), or, where the surface itself is warmer, how far inside the
    /// surface the nearest such tissue lies (negative; minus the surface distance when there is none on that ray); the
    /// least over all directions. Warm holes deeper inside the target show in the coverage, not here.
    /// </summary>
    private double SmallestMarginMm(TissueGrid grid, double celsius)
    {
        var target = _layout.Target;
        double smallest = double.PositiveInfinity;
        foreach (var d in _directions)
        {
            double surface = target.SurfaceDistanceMm(d.X, d.Y, d.Z);
            double margin;
            if (grid.SampleCelsius(d * (float)surface) <= celsius)
            {
                double reach = surface + target.MarginMm + 40;
                double s = surface;
                while (s + MarginRayStepMm <= reach && grid.SampleCelsius(d * (float)(s + MarginRayStepMm)) <= celsius)
                {
                    s += MarginRayStepMm;
                }

                margin = s - surface;
            }
            else
            {
                double s = surface;
                while (s > 0 && grid.SampleCelsius(d * (float)s) > celsius)
                {
                    s -= MarginRayStepMm;
                }

                margin = -(surface - Math.Max(s, 0));
            }

            smallest = Math.Min(smallest, margin);
        }

        return smallest;
    }

    private static Vector3[] FibonacciDirections(int count)
    {
        double golden = Math.PI * (3 - Math.Sqrt(5));
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            double z = 1 - (2 * (i + 0.5) / count);
            double r = Math.Sqrt(1 - (z * z));
            return new Vector3((float)(r * Math.Cos(golden * i)), (float)(r * Math.Sin(golden * i)), (float)z);
        })];
    }
}
