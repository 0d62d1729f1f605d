namespace CryoWeb.Controller.Iceball;

/// <summary>An isotherm cut by a plane: line segments as x1, y1, x2, y2 quadruples in the plane's millimetres.</summary>
public sealed record IsothermContour(double Celsius, IReadOnlyList<float> SegmentsMm);
