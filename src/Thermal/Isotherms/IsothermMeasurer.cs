using System.Numerics;
using CryoWeb.Thermal.Probes;
using CryoWeb.Thermal.Tissue;

namespace CryoWeb.Thermal.Isotherms;

/// <summary>
/// Measures isotherm extents on the simulated tissue with sub-cell accuracy: rays are marched through the
/// trilinearly interpolated temperature field and the crossing is interpolated between samples.
/// The diameter is the widest chord across the mean probe axis, over cross-sections spaced one cell apart along the
/// probes' active zones; the length is the longest extent along lines parallel to the axis through each probe.
/// </summary>
public sealed class IsothermMeasurer
{
    private const int Directions = 36;
    private readonly TissueGrid _grid;
    private readonly Vector3 _axis;
    private readonly Vector3 _across1;
    private readonly Vector3 _across2;
    private readonly Vector3[] _axisLines;
    private readonly Vector3[] _sectionCentres;

    public IsothermMeasurer(TissueGrid grid, IReadOnlyList<SimulatedProbe> probes)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(probes);
        _grid = grid;
        var sum = probes.Aggregate(Vector3.Zero, (acc, p) => acc + p.AxisUnit);
        _axis = sum.Length() > 1e-6f ? Vector3.Normalize(sum) : Vector3.UnitZ;
        var helper = MathF.Abs(_axis.X) < 0.9f ? Vector3.UnitX : Vector3.UnitY;
        _across1 = Vector3.Normalize(Vector3.Cross(_axis, helper));
        _across2 = Vector3.Cross(_axis, _across1);
        var centroid = probes.Aggregate(Vector3.Zero, (acc, p) => acc + p.ActiveCentreMm) / probes.Count;
        _axisLines = [centroid, .. probes.Select(p => p.ActiveCentreMm)];
        double halfSpan = probes.Max(p => Math.Abs(Vector3.Dot(p.ActiveCentreMm - centroid, _axis)) + (p.ActiveLengthMm / 2));
        int sections = (int)Math.Ceiling(halfSpan / grid.Geometry.SpacingMm);
        _sectionCentres = [.. Enumerable.Range(-sections, (2 * sections) + 1).Select(i => centroid + (_axis * (float)(i * grid.Geometry.SpacingMm)))];
    }

    public IsothermExtent Measure(double celsius)
    {
        double theta = celsius - _grid.Law.Tissue.BodyCelsius;
        double diameter = 0;
        foreach (var centre in _sectionCentres)
        {
            for (int d = 0; d < Directions / 2; d++)
            {
                double angle = Math.PI * 2 * d / Directions;
                var direction = (_across1 * (float)Math.Cos(angle)) + (_across2 * (float)Math.Sin(angle));
                double chord = Chord(centre, direction, theta);
                diameter = Math.Max(diameter, chord);
            }
        }

        double length = _axisLines.Max(line => Chord(line, _axis, theta));
        return new IsothermExtent(celsius, diameter, length, _grid.VolumeAtOrBelowMilliliters(celsius));
    }

    /// <summary>Extent (mm) of the cold region along the line through <paramref name="centre"/>: farthest crossing each way.</summary>
    private double Chord(Vector3 centre, Vector3 direction, double theta)
    {
        double forward = FarthestCrossing(centre, direction, theta);
        double backward = FarthestCrossing(centre, -direction, theta);
        if (double.IsNaN(forward) && double.IsNaN(backward))
        {
            return 0;
        }

        if (double.IsNaN(forward) || double.IsNaN(backward))
        {
            // The region lies on one side of the centre only: measure its own width along the line.
            double near = NearestCrossing(centre, double.IsNaN(forward) ? -direction : direction, theta);
            return Math.Abs((double.IsNaN(forward) ? backward : forward) - near);
        }

        return forward + backward;
    }

    private double FarthestCrossing(Vector3 start, Vector3 direction, double theta)
    {
        double step = _grid.Geometry.SpacingMm / 4;
        double reach = Reach(start, direction);
        double last = double.NaN;
        double previous = _grid.SampleTheta(start);
        for (double s = step; s <= reach; s += step)
        {
            double value = _grid.SampleTheta(start + (direction * (float)s));
            if (previous <= theta && value > theta)
            {
                last = s - step + (step * (theta - previous) / (value - previous));
            }

            previous = value;
        }

        return double.IsNaN(last) && _grid.SampleTheta(start) <= theta ? 0 : last;
    }

    private double NearestCrossing(Vector3 start, Vector3 direction, double theta)
    {
        double step = _grid.Geometry.SpacingMm / 4;
        double reach = Reach(start, direction);
        double previous = _grid.SampleTheta(start);
        for (double s = step; s <= reach; s += step)
        {
            double value = _grid.SampleTheta(start + (direction * (float)s));
            if (previous > theta && value <= theta)
            {
                return s - step + (step * (previous - theta) / (previous - value));
            }

            previous = value;
        }

        return 0;
    }

    private double Reach(Vector3 start, Vector3 direction)
    {
        var g = _grid.Geometry;
        double reach = double.MaxValue;
        for (int axis = 0; axis < 3; axis++)
        {
            float d = direction[axis];
            if (MathF.Abs(d) < 1e-6f)
            {
                continue;
            }

            float bound = d > 0 ? g.MaxMm[axis] : g.OriginMm[axis];
            reach = Math.Min(reach, (bound - start[axis]) / d);
        }

        return Math.Max(0, reach);
    }
}
