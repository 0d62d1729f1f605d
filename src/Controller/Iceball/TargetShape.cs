namespace CryoWeb.Controller.Iceball;

/// <summary>
/// The planned target: an ellipsoid centred on the layout's origin with its axes along x, y and z (a sphere when the
/// three radii are equal), plus the safety margin the ablation must reach beyond it.
/// </summary>
public sealed record TargetShape(double RadiusXMm, double RadiusYMm, double RadiusZMm, double MarginMm)
{
    /// <summary>Null when the shape is usable, else the reason naming the field.</summary>
    public string? Problem()
    {
        foreach (var (value, name) in new[] { (RadiusXMm, "radiusXMm"), (RadiusYMm, "radiusYMm"), (RadiusZMm, "radiusZMm") })
        {
            if (!(value is >= 2 and <= 40))
            {
                return $"target.{name}: must be 2 to 40 mm, not {value}.";
            }
        }

        return MarginMm is >= 0 and <= 20 ? null : $"target.marginMm: must be 0 to 20 mm, not {MarginMm}.";
    }

    /// <summary>
    /// Distance (mm) from the centre to the target's surface along a unit direction, grown by <paramref name="growMm"/>
    /// on each radius (the margin shell is the ellipsoid with every radius grown by the margin).
    /// </summary>
    public double SurfaceDistanceMm(double dx, double dy, double dz, double growMm = 0)
    {
        double a = RadiusXMm + growMm, b = RadiusYMm + growMm, c = RadiusZMm + growMm;
        return 1 / Math.Sqrt((dx * dx / (a * a)) + (dy * dy / (b * b)) + (dz * dz / (c * c)));
    }

    /// <summary>Whether a point lies inside the target grown by <paramref name="growMm"/>.</summary>
    public bool Contains(double x, double y, double z, double growMm = 0)
    {
        double a = RadiusXMm + growMm, b = RadiusYMm + growMm, c = RadiusZMm + growMm;
        return (x * x / (a * a)) + (y * y / (b * b)) + (z * z / (c * c)) <= 1;
    }
}
