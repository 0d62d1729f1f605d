namespace CryoWeb.Controller.Iceball;

/// <summary>
/// A plane through the target centre with the isotherms cut by it. <paramref name="Horizontal"/> and
/// <paramref name="Vertical"/> name the layout axes ("x", "y" or "z") the plane's coordinates are in; the plane shows
/// -<paramref name="HalfSpanMm"/> to +<paramref name="HalfSpanMm"/> along both.
/// </summary>
public sealed record IsothermPlane(string Name, string Horizontal, string Vertical, double HalfSpanMm, IReadOnlyList<IsothermContour> Contours);
