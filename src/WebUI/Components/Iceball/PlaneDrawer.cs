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

    /// <summary>"M x1 y1 L x2 y2" per segment, with the vertical coordinates flipped (up is +).</summary>
    public static string PathData(IReadOnlyList<float> segmentsMm)
    {
        ArgumentNullException.ThrowIfNull(segmentsMm);
        var d = new StringBuilder(segmentsMm.Count * 8);
        for (int i = 0; i + 3 < segmentsMm.Count; i += 4)
        {
            if (d.Length > 0)
            {
                d.Append(' ');
            }

            d.Append("M ").Append(IceballFormat.Svg(segmentsMm[i])).Append(' ').Append(IceballFormat.Svg(-segmentsMm[i + 1]))
                .Append(" L ").Append(IceballFormat.Svg(segmentsMm[i + 2])).Append(' ').Append(IceballFormat.Svg(-segmentsMm[i + 3]));
        }

        return d.ToString();
    }

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
