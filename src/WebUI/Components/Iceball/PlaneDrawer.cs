using System.Text;
using CryoWeb.Controller.Iceball;

namespace CryoWeb.WebUI.Components.Iceball;

/// <summary>
/// Turns a layout, and an estimate if there is one, into <see cref="PlaneDrawing"/>s: the estimate's planes with
/// their isotherms, or, for a layout alone, the same two planes (across the probes at z = 0, along them at y = 0)
/// with a span that holds the target, its margin and the probes.
/// </summary>
public static class PlaneDrawer
{
    /// <summary>The planes the estimator cuts (<see cref="IceballAnalysis.Cut"/>), for a layout drawn without one.</summary>
    private static readonly (string Name, string Horizontal, string Vertical)[] LayoutPlanes =
    [
        ("Across the probes (z = 0)", "x", "y"),
        ("Along the probes (y = 0)", "x", "z"),
    ];

    private static readonly string[] Axes = ["x", "y", "z"];

    private const double MinimumHalfSpanMm = 30;
    private const double SpanStepMm = 5;

    /// <summary>Room left beyond the farthest probe or margin when there is no estimate to take the span from.</summary>
    private const double LayoutHeadroomMm = 5;

    public static IReadOnlyList<PlaneDrawing> Draw(IceballLayout layout, IceballEstimate? estimate, IReadOnlyDictionary<int, string>? sensorNames)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (estimate is { Planes.Count: > 0 })
        {
            return [.. estimate.Planes.Select(p => Draw(layout, p.Name, p.Horizontal, p.Vertical, p.HalfSpanMm, p.Contours, sensorNames))];
        }

        double span = LayoutHalfSpanMm(layout);
        return [.. LayoutPlanes.Select(p => Draw(layout, p.Name, p.Horizontal, p.Vertical, span, null, sensorNames))];
    }

    /// <summary>
    /// Half the width of a layout-only plane: the target with its margin and every probe's active zone, with a little
    /// room, rounded up to 5 mm and at least 30 mm.
    /// </summary>
    public static double LayoutHalfSpanMm(IceballLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var t = layout.Target;
        double reach = Math.Max(t.RadiusXMm, Math.Max(t.RadiusYMm, t.RadiusZMm)) + t.MarginMm;
        foreach (var p in layout.Probes)
        {
            reach = Math.Max(reach, MaxAbs(p.TipXMm, p.TipYMm, p.TipZMm, p.TipZMm + p.ActiveLengthMm));
        }

        return Math.Max(MinimumHalfSpanMm, Math.Ceiling((reach + LayoutHeadroomMm) / SpanStepMm) * SpanStepMm);
    }

    private static PlaneDrawing Draw(
        IceballLayout layout, string name, string horizontal, string vertical, double halfSpanMm, IReadOnlyList<IsothermContour>? contours, IReadOnlyDictionary<int, string>? sensorNames)
    {
        string fixedAxis = Axes.Single(a => a != horizontal && a != vertical);
        var t = layout.Target;
        var probes = layout.Probes.Select(p =>
        {
            double endZ = p.TipZMm + p.ActiveLengthMm;
            double offPlane = DistanceFromZero(Axis(fixedAxis, p.TipXMm, p.TipYMm, p.TipZMm), Axis(fixedAxis, p.TipXMm, p.TipYMm, endZ));
            return new ProbeMark(
                p.Probe,
                Axis(horizontal, p.TipXMm, p.TipYMm, p.TipZMm),
                -Axis(vertical, p.TipXMm, p.TipYMm, p.TipZMm),
                Axis(horizontal, p.TipXMm, p.TipYMm, endZ),
                -Axis(vertical, p.TipXMm, p.TipYMm, endZ),
                offPlane);
        });
        var sensors = (layout.Sensors ?? []).Select(s => new SensorMark(
            s.Channel,
            IceballFormat.Sensor(s.Channel, sensorNames),
            Axis(horizontal, s.XMm, s.YMm, s.ZMm),
            -Axis(vertical, s.XMm, s.YMm, s.ZMm),
            Math.Abs(Axis(fixedAxis, s.XMm, s.YMm, s.ZMm))));
        var isotherms = (contours ?? []).Select(c => new IsothermPath(c.Celsius, PathData(c.SegmentsMm), c.SegmentsMm.Count / 4, IsothermStyle.For(c.Celsius)));
        return new PlaneDrawing(
            name, horizontal, vertical, halfSpanMm,
            Radius(t, horizontal), Radius(t, vertical), t.MarginMm,
            [.. probes], [.. sensors], [.. isotherms], contours is not null);
    }

    /// <summary>
    /// SVG path data for isotherm segments (x1, y1, x2, y2 quadruples), with the vertical coordinates flipped (up is +).
    /// Marching squares gives one short segment per grid cell, in no order; segments whose ends meet are chained into one
    /// "M x y L x y L x y …" line, so a dash pattern runs along the isotherm instead of restarting at every segment
    /// (which would make every dashed line look solid). Each segment is exactly one "L" of the result.
    /// </summary>
    public static string PathData(IReadOnlyList<float> segmentsMm)
    {
        ArgumentNullException.ThrowIfNull(segmentsMm);
        int count = segmentsMm.Count / 4;
        var touching = new Dictionary<(float X, float Y), List<int>>(2 * count);
        for (int i = 0; i < count; i++)
        {
            Touch(touching, Start(segmentsMm, i), i);
            Touch(touching, End(segmentsMm, i), i);
        }

        var used = new bool[count];
        var d = new StringBuilder(count * 16);
        for (int i = 0; i < count; i++)
        {
            if (used[i])
            {
                continue;
            }

            used[i] = true;
            var back = Walk(Start(segmentsMm, i), segmentsMm, touching, used);
            var forward = Walk(End(segmentsMm, i), segmentsMm, touching, used);
            back.Reverse();
            back.Add(Start(segmentsMm, i));
            back.Add(End(segmentsMm, i));
            back.AddRange(forward);
            for (int p = 0; p < back.Count; p++)
            {
                d.Append(d.Length == 0 ? "" : " ").Append(p == 0 ? "M " : "L ")
                    .Append(IceballFormat.Svg(back[p].X)).Append(' ').Append(IceballFormat.Svg(-back[p].Y));
            }
        }

        return d.ToString();
    }

    /// <summary>Follows unused segments from <paramref name="from"/> while one continues the line; the points reached.</summary>
    private static List<(float X, float Y)> Walk((float X, float Y) from, IReadOnlyList<float> segmentsMm, Dictionary<(float X, float Y), List<int>> touching, bool[] used)
    {
        var points = new List<(float X, float Y)>();
        var at = from;
        while (touching.TryGetValue(at, out var candidates) && candidates.FirstOrDefault(c => !used[c], -1) is int next and >= 0)
        {
            used[next] = true;
            at = Start(segmentsMm, next) == at ? End(segmentsMm, next) : Start(segmentsMm, next);
            points.Add(at);
        }

        return points;
    }

    private static void Touch(Dictionary<(float X, float Y), List<int>> touching, (float X, float Y) point, int segment)
    {
        if (!touching.TryGetValue(point, out var list))
        {
            touching[point] = list = new List<int>(2);
        }

        list.Add(segment);
    }

    private static (float X, float Y) Start(IReadOnlyList<float> segmentsMm, int i) => (segmentsMm[4 * i], segmentsMm[(4 * i) + 1]);

    private static (float X, float Y) End(IReadOnlyList<float> segmentsMm, int i) => (segmentsMm[(4 * i) + 2], segmentsMm[(4 * i) + 3]);

    private static double Axis(string axis, double x, double y, double z) => axis switch
    {
        "x" => x,
        "y" => y,
        "z" => z,
        _ => throw new ArgumentException($"A plane axis is x, y or z, not '{axis}'.", nameof(axis)),
    };

    private static double Radius(TargetShape target, string axis) => Axis(axis, target.RadiusXMm, target.RadiusYMm, target.RadiusZMm);

    /// <summary>How far the interval from <paramref name="a"/> to <paramref name="b"/> stays from 0.</summary>
    private static double DistanceFromZero(double a, double b) =>
        Math.Min(a, b) > 0 ? Math.Min(a, b) : Math.Max(a, b) < 0 ? -Math.Max(a, b) : 0;

    private static double MaxAbs(params double[] values) => values.Max(Math.Abs);
}
