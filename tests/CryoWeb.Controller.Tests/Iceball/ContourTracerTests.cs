using CryoWeb.Controller.Iceball;

namespace CryoWeb.Controller.Tests.Iceball;

/// <summary>
/// Marching squares on fields whose level sets are known exactly: a cone (distance from a centre, whose level r is a
/// circle of radius r) and hand-made saddle cells.
/// </summary>
public class ContourTracerTests
{
    private const int Count = 41;
    private const double Step = 1;
    private const double Origin = -20;

    // Off the grid so that no sample lies exactly on a level (no zero-length segments to reason about).
    private const double CentreX = 0.37;
    private const double CentreY = -0.21;

    /// <summary>Two end points closer than this are the same point (the tracer stores floats of a few tens of mm).</summary>
    private const float SamePointMm = 1e-4f;

    private static float[] Cone()
    {
        var values = new float[Count * Count];
        for (int j = 0; j < Count; j++)
        {
            for (int i = 0; i < Count; i++)
            {
                double x = Origin + (i * Step), y = Origin + (j * Step);
                values[(j * Count) + i] = (float)Math.Sqrt(((x - CentreX) * (x - CentreX)) + ((y - CentreY) * (y - CentreY)));
            }
        }

        return values;
    }

    private static List<float> Trace(float[] values, double level, int countX = Count, int countY = Count, double origin = Origin, double step = Step)
    {
        var segments = new List<float>();
        ContourTracer.Trace(values, countX, countY, origin, origin, step, level, segments);
        return segments;
    }

    /// <summary>
    /// Along a cell edge the distance is convex with second derivative at most 1/rho; an edge that crosses r has one
    /// sample above r, so every point of it is farther than r - h from the centre. Linear interpolation is then off
    /// by at most h^2 / (8 (r - h)) in value, so the found point's true distance is within that of r (0.031 mm at
    /// r = 5, 1 mm grid). The float storage adds about 1e-6 mm.
    /// </summary>
    private static double RadialBound(double r) => (Step * Step / (8 * (r - Step))) + 1e-5;

    [Theory]
    [InlineData(5)]
    [InlineData(7.5)]
    [InlineData(12.3)]
    [InlineData(18.9)]
    public void A_cone_traced_at_r_gives_one_closed_circle_of_radius_r(double r)
    {
        var segments = Trace(Cone(), r);

        Assert.NotEmpty(segments);
        Assert.Equal(0, segments.Count % 4);
        double bound = RadialBound(r);
        for (int k = 0; k < segments.Count; k += 2)
        {
            double distance = Math.Sqrt(Math.Pow(segments[k] - CentreX, 2) + Math.Pow(segments[k + 1] - CentreY, 2));
            Assert.True(Math.Abs(distance - r) <= bound, $"end point ({segments[k]}, {segments[k + 1]}) is {distance:F4} mm from the centre, not {r} +- {bound:F4}");
        }

        // The chords of a circle are shorter than its arcs by about s^2 / (24 r^2) for chords of s <= h sqrt 2, and
        // the end points may sit up to the radial bound off the circle: both together stay well under 1 % for r >= 5.
        double length = 0;
        for (int k = 0; k < segments.Count; k += 4)
        {
            length += Math.Sqrt(Math.Pow(segments[k + 2] - segments[k], 2) + Math.Pow(segments[k + 3] - segments[k + 1], 2));
        }

        Assert.InRange(length, 2 * Math.PI * r * 0.99, 2 * Math.PI * r * 1.01);
        Assert.Equal(segments.Count / 4, SegmentsInTheLoopOfTheFirst(segments));
    }

    [Fact]
    public void Every_end_point_is_shared_by_exactly_two_segments()
    {
        var segments = Trace(Cone(), 9.6);
        int ends = segments.Count / 2;
        for (int e = 0; e < ends; e++)
        {
            int sharing = 0;
            for (int s = 0; s < segments.Count / 4; s++)
            {
                sharing += Same(segments, e, 2 * s) || Same(segments, e, (2 * s) + 1) ? 1 : 0;
            }

            Assert.True(sharing == 2, $"end point ({segments[2 * e]}, {segments[(2 * e) + 1]}) is an end of {sharing} segments");
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0.1)] // below the smallest sample (about 0.43 mm from the centre)
    [InlineData(28.8)] // above the largest (the far corner, about 28.69 mm)
    [InlineData(100)]
    public void A_level_outside_the_field_gives_no_segments(double level)
    {
        var values = Cone();
        Assert.True(level < values.Min() || level > values.Max(), "the test level must lie outside the field");
        Assert.Empty(Trace(values, level));
    }

    /// <summary>
    /// Saddle cells (two diagonal corners inside): the two segments each cut off one corner. When the mean of the
    /// corners is inside the level, the inside corners are joined through the centre and the outside corners are cut
    /// off; otherwise the inside corners are cut off. Corners a, b, c, d run counter-clockwise from the lower left.
    /// </summary>
    [Theory]
    [InlineData(0, 1, 0, 1, 0.4, false)] // case 5 (a, c inside), mean 0.5 above the level
    [InlineData(0, 1, 0, 1, 0.6, true)] // case 5, mean 0.5 inside
    [InlineData(0, 1, 0.3, 1, 0.5, false)] // case 5, mean 0.575 just above the level
    [InlineData(0, 1, 0.3, 1, 0.6, true)] // case 5, mean 0.575 just inside
    [InlineData(1, 0, 1, 0, 0.4, false)] // case 10 (b, d inside)
    [InlineData(1, 0, 1, 0, 0.6, true)] // case 10
    [InlineData(1, 0.2, 1, 0, 0.45, false)] // case 10, mean 0.55
    [InlineData(1, 0.2, 1, 0, 0.6, true)] // case 10, mean 0.55 inside
    [InlineData(0, 1, 0, 1, 0.5, true)] // case 5, mean exactly at the level: counts as inside
    [InlineData(1, 0, 1, 0, 0.5, true)] // case 10, mean exactly at the level
    public void A_saddle_is_resolved_by_the_mean_of_its_corners(float a, float b, float c, float d, double level, bool centreInside)
    {
        var segments = Trace([a, b, d, c], level, 2, 2, 0, 1); // row-major: a, b on the first row, d, c on the second

        Assert.Equal(8, segments.Count);
        (double X, double Y)[] corners = [(0, 0), (1, 0), (1, 1), (0, 1)];
        bool[] inside = [a <= level, b <= level, c <= level, d <= level];
        var cut = new List<int>();
        for (int s = 0; s < 2; s++)
        {
            var (px, py, qx, qy) = (segments[4 * s], segments[(4 * s) + 1], segments[(4 * s) + 2], segments[(4 * s) + 3]);
            int Side(double x, double y) => Math.Sign(((qx - px) * (y - py)) - ((qy - py) * (x - px)));
            int centreSide = Side(0.5, 0.5);
            var alone = Enumerable.Range(0, 4).Where(k => Side(corners[k].X, corners[k].Y) != centreSide).ToList();
            Assert.True(alone.Count == 1, $"segment {s} must cut off exactly one corner from the centre, not {alone.Count}");
            cut.Add(alone[0]);
        }

        Assert.NotEqual(cut[0], cut[1]);
        Assert.All(cut, k => Assert.True(inside[k] != centreInside, $"corner {"abcd"[k]} (inside: {inside[k]}) is cut off although the centre is {(centreInside ? "inside" : "outside")}"));
    }

    [Fact]
    public void A_wrong_number_of_values_is_refused_naming_values()
    {
        var e = Assert.Throws<ArgumentException>(() => Trace(new float[5], 0.5, 2, 3));
        Assert.Equal("values", e.ParamName);
        Assert.Contains("2 x 3", e.Message, StringComparison.Ordinal);

        var single = Assert.Throws<ArgumentException>(() => Trace(new float[3], 0.5, 1, 3));
        Assert.Equal("values", single.ParamName);
    }

    private static bool Same(List<float> segments, int end, int other) =>
        Math.Abs(segments[2 * end] - segments[2 * other]) < SamePointMm && Math.Abs(segments[(2 * end) + 1] - segments[(2 * other) + 1]) < SamePointMm;

    /// <summary>Walks from the first segment through shared end points until it comes back; the segments visited.</summary>
    private static int SegmentsInTheLoopOfTheFirst(List<float> segments)
    {
        int count = segments.Count / 4;
        var used = new bool[count];
        used[0] = true;
        int visited = 1;
        int end = 1; // the second end of segment 0
        while (true)
        {
            int next = -1;
            for (int s = 0; s < count && next < 0; s++)
            {
                if (!used[s] && (Same(segments, end, 2 * s) || Same(segments, end, (2 * s) + 1)))
                {
                    next = s;
                    end = Same(segments, end, 2 * s) ? (2 * s) + 1 : 2 * s;
                }
            }

            if (next < 0)
            {
                Assert.True(Same(segments, end, 0), "the walk stopped at a loose end instead of coming back to the start");
                return visited;
            }

            used[next] = true;
            visited++;
        }
    }
}
