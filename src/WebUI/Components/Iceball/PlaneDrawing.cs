namespace CryoWeb.WebUI.Components.Iceball;

/// <summary>
/// Everything one plane panel draws, in millimetres with the vertical axis flipped for SVG (a point at vertical
/// +v is drawn at y = −v, so up on the screen is + on the axis). The plot area is ±<see cref="HalfSpanMm"/> on both axes.
/// </summary>
/// <param name="Horizontal">The layout axis drawn left to right ("x").</param>
/// <param name="Vertical">The layout axis drawn bottom to top ("y" or "z").</param>
/// <param name="TargetRadiusHorizontalMm">The target's cut by the plane: its radius along <paramref name="Horizontal"/>.</param>
/// <param name="Isotherms">Empty when the layout is drawn without an estimate.</param>
public sealed record PlaneDrawing(
    string Name,
    string Horizontal,
    string Vertical,
    double HalfSpanMm,
    double TargetRadiusHorizontalMm,
    double TargetRadiusVerticalMm,
    double MarginMm,
    IReadOnlyList<ProbeMark> Probes,
    IReadOnlyList<SensorMark> Sensors,
    IReadOnlyList<IsothermPath> Isotherms,
    bool Estimated)
{
    /// <summary>Drawing unit for strokes, markers and text: the same share of the panel whatever the span.</summary>
    public double Unit => HalfSpanMm / 60;

    public double FontMm => 4.2 * Unit;

    /// <summary>Grid and tick spacing (mm).</summary>
    public const double GridMm = 10;

    /// <summary>Tick labels every 10 mm, or every 20 mm on wide spans so they do not crowd.</summary>
    public double TickMm => HalfSpanMm > 50 ? 2 * GridMm : GridMm;

    /// <summary>The grid lines' positions, from −span to +span.</summary>
    public IEnumerable<double> GridLines(double step)
    {
        for (double at = Math.Ceiling(-HalfSpanMm / step) * step; at <= HalfSpanMm + 1e-9; at += step)
        {
            yield return at;
        }
    }

    /// <summary>What the panel shows, for screen readers (and the SVG's title).</summary>
    public string Description
    {
        get
        {
            string what = Estimated
                ? $"Model estimate of the 0, −20 and −40 °C isotherms, with the target, {Probes.Count} probe(s) and {Sensors.Count} sensor(s)"
                : $"Layout only (no estimate): the target, {Probes.Count} probe(s) and {Sensors.Count} sensor(s)";
            return $"{Name}. {what}; {Horizontal} to the right and {Vertical} up, ±{IceballFormat.Svg(HalfSpanMm)} mm, grid {GridMm:0} mm.";
        }
    }
}
