namespace CryoWeb.WebUI.Components.Iceball;

/// <summary>One isotherm's cut through a plane as SVG path data (its segments chained into lines, up is +).</summary>
public sealed record IsothermPath(double Celsius, string PathData, int Segments, IsothermStyle Style);
