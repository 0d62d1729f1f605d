using CryoWeb.Controller.Iceball;
using Xunit.Abstractions;
using static CryoWeb.Controller.Tests.Iceball.FrozenTissue;

namespace CryoWeb.Controller.Tests.Iceball;

/// <summary>
/// The isotherm analysis on a real frozen field (<see cref="FrozenTissue"/>): nesting, target coverage, smallest
/// margin, and the plane contours checked against the extents measured independently by the isotherm measurer.
/// </summary>
public class IceballAnalysisTests(FrozenTissue frozen, ITestOutputHelper output) : IClassFixture<FrozenTissue>
{
    /// <summary>The planes are sampled every 1 mm and the model grid is 1.5 mm: contours agree with the extents to a cell.</summary>
    private const double CellMm = 1.5;

    [Fact]
    public void The_colder_isotherms_lie_inside_the_warmer_ones()
    {
        Assert.Equal(IceballEstimate.StandardCelsius, frozen.Tiny.Select(s => s.Celsius));
        var (zero, twenty, forty) = (At(frozen.Tiny, 0), At(frozen.Tiny, -20), At(frozen.Tiny, -40));
        output.WriteLine($"0 C {zero}\n-20 C {twenty}\n-40 C {forty}");

        Assert.True(forty.WidthMm > 0 && forty.LengthMm > 0 && forty.VolumeMilliliters > 0, $"-40 C: {forty}");
        Assert.True(twenty.WidthMm > forty.WidthMm && zero.WidthMm > twenty.WidthMm, "widths must grow from -40 to -20 to 0 C");
        Assert.True(twenty.LengthMm > forty.LengthMm && zero.LengthMm > twenty.LengthMm, "lengths must grow from -40 to -20 to 0 C");
        Assert.True(twenty.VolumeMilliliters > forty.VolumeMilliliters && zero.VolumeMilliliters > twenty.VolumeMilliliters, "volumes must grow from -40 to -20 to 0 C");

        // A 30 mm active zone makes an iceball longer than wide.
        Assert.True(zero.LengthMm > zero.WidthMm, $"0 C: {zero.LengthMm} mm long, {zero.WidthMm} mm wide");
    }

    [Fact]
    public void A_tiny_target_around_the_probe_is_fully_covered_and_has_the_lethal_radius_less_its_own_as_margin()
    {
        var twenty = At(frozen.Tiny, -20);

        Assert.Equal(100, twenty.TargetCoveredPercent);
        Assert.Equal(100, At(frozen.Tiny, 0).TargetCoveredPercent);
        Assert.True(twenty.SmallestMarginMm > 0, $"-20 C margin {twenty.SmallestMarginMm} mm");

        // The iceball's narrowest reach from the centre is across the probe, its -20 C radius.
        Assert.InRange(twenty.SmallestMarginMm, (twenty.WidthMm / 2) - TinyRadiusMm - CellMm, (twenty.WidthMm / 2) - TinyRadiusMm + CellMm);
        Assert.True(At(frozen.Tiny, 0).SmallestMarginMm > twenty.SmallestMarginMm, "the 0 C isotherm reaches farther than the -20 C");
    }

    [Fact]
    public void A_large_target_is_covered_in_part_and_its_margin_is_negative()
    {
        var (zero, twenty, forty) = (At(frozen.Large, 0), At(frozen.Large, -20), At(frozen.Large, -40));
        output.WriteLine($"covered: 0 C {zero.TargetCoveredPercent} %, -20 C {twenty.TargetCoveredPercent} %, -40 C {forty.TargetCoveredPercent} %");

        Assert.InRange(twenty.TargetCoveredPercent, 0.1, 20);
        Assert.True(forty.TargetCoveredPercent < twenty.TargetCoveredPercent && twenty.TargetCoveredPercent < zero.TargetCoveredPercent, "coverage must grow with the temperature");

        // The -20 C region lies wholly inside the 35 mm sphere, so the covered share is its volume over the sphere's
        // (the solver counts whole 1.5 mm cells, the analysis samples a 1 mm lattice: allow 15 %).
        double sphereMilliliters = 4.0 / 3 * Math.PI * Math.Pow(LargeRadiusMm, 3) / 1000;
        double expected = 100 * twenty.VolumeMilliliters / sphereMilliliters;
        Assert.InRange(twenty.TargetCoveredPercent, expected * 0.85, expected * 1.15);

        Assert.True(twenty.SmallestMarginMm < 0, $"-20 C margin {twenty.SmallestMarginMm} mm for an iceball smaller than the target");
        Assert.InRange(twenty.SmallestMarginMm, (twenty.WidthMm / 2) - LargeRadiusMm - CellMm, (twenty.WidthMm / 2) - LargeRadiusMm + CellMm);
        Assert.True(forty.SmallestMarginMm < twenty.SmallestMarginMm && twenty.SmallestMarginMm < zero.SmallestMarginMm, "the colder, the smaller the reach");
    }

    [Fact]
    public void The_extents_do_not_depend_on_the_target()
    {
        // Width, length and volume describe the iceball alone; only coverage and margin are about the target.
        Assert.Equal(frozen.Tiny.Select(s => (s.WidthMm, s.LengthMm, s.VolumeMilliliters)), frozen.Large.Select(s => (s.WidthMm, s.LengthMm, s.VolumeMilliliters)));
    }

    [Fact]
    public void Across_the_probe_the_minus_20_contour_is_a_circle_of_half_the_width()
    {
        var across = frozen.TinyPlanes.Single(p => p.Vertical == "y");
        Assert.Equal(("x", frozen.TinyHalfSpanMm), (across.Horizontal, across.HalfSpanMm));
        double halfWidth = At(frozen.Tiny, -20).WidthMm / 2;

        var radii = Radii(Contour(across, -20));

        Assert.True(radii.Count >= 16, $"only {radii.Count} end points");
        Assert.All(radii, r => Assert.InRange(r, halfWidth - CellMm, halfWidth + CellMm));
    }

    [Fact]
    public void Across_the_probe_the_0_contour_encloses_the_minus_20_contour()
    {
        var across = frozen.TinyPlanes.Single(p => p.Vertical == "y");
        var zero = Radii(Contour(across, 0));
        var twenty = Radii(Contour(across, -20));
        var forty = Radii(Contour(across, -40));

        Assert.NotEmpty(forty);
        Assert.True(zero.Min() > twenty.Max(), $"0 C from {zero.Min():F2} mm, -20 C out to {twenty.Max():F2} mm");
        Assert.True(twenty.Min() > forty.Max(), $"-20 C from {twenty.Min():F2} mm, -40 C out to {forty.Max():F2} mm");
        Assert.InRange(zero.Max(), (At(frozen.Tiny, 0).WidthMm / 2) - CellMm, (At(frozen.Tiny, 0).WidthMm / 2) + CellMm);
    }

    [Fact]
    public void Along_the_probe_the_minus_20_contour_spans_the_reported_length()
    {
        var along = frozen.TinyPlanes.Single(p => p.Vertical == "z");
        Assert.Equal("x", along.Horizontal);
        var segments = Contour(along, -20);
        var z = Enumerable.Range(0, segments.Count / 2).Select(k => (double)segments[(2 * k) + 1]).ToList();
        var x = Enumerable.Range(0, segments.Count / 2).Select(k => (double)segments[2 * k]).ToList();
        var twenty = At(frozen.Tiny, -20);

        Assert.InRange(z.Max() - z.Min(), twenty.LengthMm - CellMm, twenty.LengthMm + CellMm);
        Assert.InRange(x.Max() - x.Min(), twenty.WidthMm - (2 * CellMm), twenty.WidthMm + (2 * CellMm));

        // The active zone runs from z = -15 to +15: the iceball straddles it, beyond both of its ends.
        Assert.True(z.Min() < -15 && z.Max() > 15, $"-20 C along z from {z.Min():F1} to {z.Max():F1} mm");
    }

    private static IReadOnlyList<float> Contour(IsothermPlane plane, double celsius)
    {
        var segments = plane.Contours.Single(c => c.Celsius == celsius).SegmentsMm;
        Assert.NotEmpty(segments);
        Assert.Equal(0, segments.Count % 4);
        return segments;
    }

    /// <summary>Distance of every end point from the probe axis (x = y = 0).</summary>
    private static List<double> Radii(IReadOnlyList<float> segments) =>
        [.. Enumerable.Range(0, segments.Count / 2).Select(k => Math.Sqrt((segments[2 * k] * segments[2 * k]) + (segments[(2 * k) + 1] * segments[(2 * k) + 1])))];
}
