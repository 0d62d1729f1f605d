using CryoWeb.Controller.Iceball;

namespace CryoWeb.Controller.Tests.Iceball;

/// <summary>The target ellipsoid: which points it holds and how far its surface is, bare and grown by the margin.</summary>
public class TargetShapeTests
{
    private static readonly TargetShape Sphere = new(10, 10, 10, 5);
    private static readonly TargetShape Ellipsoid = new(12, 6, 4, 3);

    [Theory]
    [InlineData(1, 0, 0)]
    [InlineData(0, -1, 0)]
    [InlineData(0, 0, 1)]
    [InlineData(0.6, 0, -0.8)]
    [InlineData(0.48, 0.6, 0.64)]
    public void A_sphere_s_surface_is_its_radius_away_in_every_direction(double dx, double dy, double dz)
    {
        Assert.Equal(10, Sphere.SurfaceDistanceMm(dx, dy, dz), 9);
        Assert.Equal(12.5, Sphere.SurfaceDistanceMm(dx, dy, dz, 2.5), 9);
        Assert.True(Sphere.Contains(9.99 * dx, 9.99 * dy, 9.99 * dz));
        Assert.False(Sphere.Contains(10.01 * dx, 10.01 * dy, 10.01 * dz));
        Assert.True(Sphere.Contains(12.49 * dx, 12.49 * dy, 12.49 * dz, 2.5));
        Assert.False(Sphere.Contains(12.51 * dx, 12.51 * dy, 12.51 * dz, 2.5));
    }

    [Theory]
    [InlineData(1, 0, 0, 12)]
    [InlineData(-1, 0, 0, 12)]
    [InlineData(0, 1, 0, 6)]
    [InlineData(0, -1, 0, 6)]
    [InlineData(0, 0, 1, 4)]
    [InlineData(0, 0, -1, 4)]
    public void An_ellipsoid_s_surface_on_each_axis_is_that_axis_radius(double dx, double dy, double dz, double radius)
    {
        Assert.Equal(radius, Ellipsoid.SurfaceDistanceMm(dx, dy, dz), 9);
        Assert.Equal(radius + Ellipsoid.MarginMm, Ellipsoid.SurfaceDistanceMm(dx, dy, dz, Ellipsoid.MarginMm), 9);

        Assert.True(Ellipsoid.Contains(dx * radius, dy * radius, dz * radius), "a point on the surface counts as inside");
        Assert.False(Ellipsoid.Contains(dx * (radius + 0.05), dy * (radius + 0.05), dz * (radius + 0.05)));
        Assert.True(Ellipsoid.Contains(dx * (radius + 2.95), dy * (radius + 2.95), dz * (radius + 2.95), Ellipsoid.MarginMm));
        Assert.False(Ellipsoid.Contains(dx * (radius + 3.05), dy * (radius + 3.05), dz * (radius + 3.05), Ellipsoid.MarginMm));
    }

    [Fact]
    public void Points_off_the_axes_are_held_by_the_ellipsoid_not_by_a_sphere_of_its_largest_radius()
    {
        // 5 mm along y is inside (radius 6), 5 mm along z outside (radius 4), 11 mm along x inside (radius 12).
        Assert.True(Ellipsoid.Contains(0, 5, 0));
        Assert.False(Ellipsoid.Contains(0, 0, 5));
        Assert.True(Ellipsoid.Contains(11, 0, 0));
        Assert.True(Ellipsoid.Contains(0, 0, 5, 3));

        // (8, 4, 0): (8/12)^2 + (4/6)^2 = 0.89 inside; (8, 4, 2) adds (2/4)^2 = 0.25: outside.
        Assert.True(Ellipsoid.Contains(8, 4, 0));
        Assert.False(Ellipsoid.Contains(8, 4, 2));
    }

    [Theory]
    [InlineData(1, 1, 0)]
    [InlineData(1, -2, 3)]
    [InlineData(0, 1, 1)]
    public void The_surface_distance_off_the_axes_lands_on_the_surface(double x, double y, double z)
    {
        double norm = Math.Sqrt((x * x) + (y * y) + (z * z));
        var (dx, dy, dz) = (x / norm, y / norm, z / norm);
        foreach (double grow in new[] { 0.0, 3.0 })
        {
            double d = Ellipsoid.SurfaceDistanceMm(dx, dy, dz, grow);
            Assert.InRange(d, 4 + grow, 12 + grow); // between the smallest and largest radius
            Assert.True(Ellipsoid.Contains(dx * d * 0.999, dy * d * 0.999, dz * d * 0.999, grow));
            Assert.False(Ellipsoid.Contains(dx * d * 1.001, dy * d * 1.001, dz * d * 1.001, grow));
        }
    }
}
