using CryoWeb.Controller.Iceball;
using Microsoft.AspNetCore.Components;

namespace CryoWeb.WebUI.Components.Iceball;

/// <summary>
/// The iceball in two planes through the target centre, as inline SVG in millimetres: across the probes (z = 0,
/// x to the right, y up) and along them (y = 0, x to the right, z up, so the tips point down). Each shows a 10 mm grid,
/// the target's cut (solid) and the target grown by its margin (dashed), the probes (a dot where the plane cuts
/// across one, else its active zone as a thick line, faint when it lies more than 3 mm off the plane), the thermal
/// sensors (diamonds) and, with an <see cref="Estimate"/>, the 0, −20 and −40 °C isotherms, each in its own colour
/// and line. Without an estimate the layout alone is drawn, on a span that holds the target, margin and probes.
/// </summary>
public sealed partial class IceballPlanes
{
    [Parameter, EditorRequired]
    public IceballLayout Layout { get; set; } = default!;

    /// <summary>The estimate or plan to draw; null draws the layout only.</summary>
    [Parameter]
    public IceballEstimate? Estimate { get; set; }

    [Parameter]
    public string? Caption { get; set; }

    /// <summary>Sensor names by channel ("TS1 urethra"); a sensor without one is labelled "TS ch N".</summary>
    [Parameter]
    public IReadOnlyDictionary<int, string>? SensorNames { get; set; }

    /// <summary>Drawing unit of the legend's swatches (a swatch is 36 units wide).</summary>
    private const double SwatchUnit = 1.6;

    private IReadOnlyList<PlaneDrawing> _planes = [];
    private (IceballLayout? Layout, IceballEstimate? Estimate, IReadOnlyDictionary<int, string>? Names) _drawn;

    protected override void OnParametersSet()
    {
        ArgumentNullException.ThrowIfNull(Layout);
        // The drawing is rebuilt only for new data, not for every render of the page around it.
        if (!ReferenceEquals(_drawn.Layout, Layout) || !ReferenceEquals(_drawn.Estimate, Estimate) || !ReferenceEquals(_drawn.Names, SensorNames) || _planes.Count == 0)
        {
            _planes = PlaneDrawer.Draw(Layout, Estimate, SensorNames);
            _drawn = (Layout, Estimate, SensorNames);
        }
    }

    private static string N(double value) => IceballFormat.Svg(value);

    private static string Tick(double mm) => N(mm).Replace('-', '\u2212');

    /// <summary>The whole panel: the plot (±span) with room on the left and below for the scale and axis names.</summary>
    private static string ViewBox(PlaneDrawing plane)
    {
        double s = plane.HalfSpanMm, f = plane.FontMm;
        double left = 3.3 * f, right = 0.8 * f, top = 0.8 * f, bottom = 3 * f;
        return $"{N(-s - left)} {N(-s - top)} {N((2 * s) + left + right)} {N((2 * s) + top + bottom)}";
    }

    private static string Diamond(double x, double y, double half) =>
        $"{N(x)},{N(y - half)} {N(x + half)},{N(y)} {N(x)},{N(y + half)} {N(x - half)},{N(y)}";
}
