namespace CryoWeb.WebUI.Components.Iceball;

/// <summary>
/// How one isotherm is drawn: its own colour and its own line (dotted thin, dashed medium, solid thick), so the three
/// stay apart without colour too. Widths and dashes are in drawing units (<c>unit</c>), which the planes scale with
/// their span.
/// </summary>
/// <param name="LineCap">"round" for the dotted line (round dots), "butt" for dashes (round caps would close their gaps).</param>
public sealed record IsothermStyle(double Celsius, string Colour, string ColourName, double WidthUnits, IReadOnlyList<double> DashUnits, string LineCap, string LineName, string Meaning)
{
    public static IReadOnlyList<IsothermStyle> Standard { get; } =
    [
        new(0, "#4fc3f7", "light blue", 0.7, [0.1, 1.6], "round", "thin dotted", "edge of the iceball"),
        new(-20, "#ffa726", "orange", 1.2, [4, 2.2], "butt", "medium dashed", "lethal in most tissue"),
        new(-40, "#e53935", "red", 2, [], "round", "thick solid", "lethal"),
    ];

    /// <summary>The style of <paramref name="celsius"/>; an isotherm outside the standard three gets a plain grey line.</summary>
    public static IsothermStyle For(double celsius) =>
        Standard.FirstOrDefault(s => s.Celsius == celsius) ?? new(celsius, "#b0bec5", "grey", 0.8, [2, 2], "butt", "thin dashed", "isotherm");

    public string Width(double unit) => IceballFormat.Svg(WidthUnits * unit);

    /// <summary>The stroke-dasharray, or null for a solid line.</summary>
    public string? DashArray(double unit) =>
        DashUnits.Count == 0 ? null : string.Join(' ', DashUnits.Select(d => IceballFormat.Svg(d * unit)));
}
