namespace CryoWeb.WebUI.Components.Iceball;

/// <summary>One isotherm's cut through a plane as an SVG path ("M x1 y1 L x2 y2" per segment, up is +).</summary>
public sealed record IsothermPath(double Celsius, string PathData, int Segments, IsothermStyle Style);
