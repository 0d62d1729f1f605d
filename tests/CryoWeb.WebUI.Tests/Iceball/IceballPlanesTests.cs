using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bunit;
using CryoWeb.Controller.Iceball;
using CryoWeb.WebUI.Components.Iceball;

namespace CryoWeb.WebUI.Tests.Iceball;

public sealed partial class IceballPlanesTests : IDisposable
{
    private readonly BunitContext _context = new();

    [Fact]
    public void Each_plane_draws_one_path_per_isotherm_with_every_segment_flipped_so_up_is_plus()
    {
        var estimate = IceballSamples.Estimate();
        var planes = Render(estimate);

        foreach (var (plane, expected) in new[] { (Across(planes), IceballSamples.AcrossSegments), (Along(planes), IceballSamples.AlongSegments) })
        {
            var paths = plane.QuerySelectorAll("path[data-testid=isotherm]");
            Assert.Equal(["0", "-20", "-40"], paths.Select(p => p.GetAttribute("data-celsius")));
            var contours = estimate.Planes.Single(p => p.Vertical == plane.GetAttribute("data-vertical")).Contours;
            for (int i = 0; i < 3; i++)
            {
                var segments = Segments(paths[i].GetAttribute("d")!);
                Assert.Equal(expected[i], segments.Count);
                // Every segment of the estimate, vertical flipped, and nothing else.
                var given = contours[i].SegmentsMm.Chunk(4).Select(q => Key([q[0], -q[1], q[2], -q[3]]));
                Assert.Equal(given.Order(), segments.Select(Key).Order());
            }
        }

        var first = IceballSamples.FirstSegment(1);
        Assert.StartsWith($"M {first[0]} {-first[1]} L {first[2]} {-first[3]}", Across(planes).QuerySelectorAll("path[data-testid=isotherm]")[1].GetAttribute("d"), StringComparison.Ordinal);
    }

    [Fact]
    public void Segments_that_meet_are_chained_into_one_line_so_dashes_run_along_it()
    {
        // A closed square given cell by cell in no order and mixed directions, and one stray segment.
        float[] segments = [0, 0, 1, 0, /**/ 1, 1, 1, 0, /**/ 0, 1, 1, 1, /**/ 0, 0, 0, 1, /**/ 5, 5, 6, 5];

        string d = PlaneDrawer.PathData(segments);

        Assert.Equal("M 1 0 L 1 -1 L 0 -1 L 0 0 L 1 0 M 5 -5 L 6 -5", d);
        Assert.Equal(5, Segments(d).Count);
    }

    [Fact]
    public void The_isotherms_differ_in_colour_and_in_line()
    {
        var paths = Across(Render(IceballSamples.Estimate())).QuerySelectorAll("path[data-testid=isotherm]");

        Assert.Equal(3, paths.Select(p => p.GetAttribute("stroke")).Distinct().Count());
        Assert.Equal(3, paths.Select(p => p.GetAttribute("stroke-width")).Distinct().Count());
        Assert.Equal(3, paths.Select(p => p.GetAttribute("stroke-dasharray") ?? "solid").Distinct().Count());
    }

    [Fact]
    public void The_target_and_its_margin_are_cut_by_each_plane_along_its_own_axes()
    {
        var planes = Render(IceballSamples.Estimate());

        // Target 10 x 8 x 12 mm, margin 5 mm: across (x, y) and along (x, z).
        Assert.Equal(("10", "8"), Radii(Across(planes), "target"));
        Assert.Equal(("15", "13"), Radii(Across(planes), "target-margin"));
        Assert.Equal(("10", "12"), Radii(Along(planes), "target"));
        Assert.Equal(("15", "17"), Radii(Along(planes), "target-margin"));
        Assert.NotNull(Across(planes).QuerySelector("[data-testid=target-margin]")!.GetAttribute("stroke-dasharray"));
        Assert.Null(Across(planes).QuerySelector("[data-testid=target]")!.GetAttribute("stroke-dasharray"));
    }

    [Fact]
    public void Probes_are_dots_across_the_plane_and_active_zones_along_it_with_the_tip_at_the_bottom()
    {
        var planes = Render(IceballSamples.Estimate());

        // Across (z = 0): probe 2 at y = +5 is drawn above the centre, at SVG y = -5.
        Assert.Equal(("-6", "0"), Dot(Across(planes), 1));
        Assert.Equal(("6", "-5"), Dot(Across(planes), 2));
        Assert.Equal("P2", Across(planes).QuerySelector("[data-testid=probe-2] text")!.TextContent);

        // Along (y = 0): tip z = -15 at SVG y = 15 (bottom), active zone up to z = +15 (SVG y = -15).
        var zone = Along(planes).QuerySelector("[data-testid=probe-1] line")!;
        Assert.Equal(["-6", "15", "-6", "-15"], new[] { "x1", "y1", "x2", "y2" }.Select(zone.GetAttribute));
        Assert.DoesNotContain("faint", Along(planes).QuerySelector("[data-testid=probe-1]")!.ClassList);
        // Probe 2 lies 5 mm off the y = 0 plane: still drawn, but faint.
        Assert.Contains("faint", Along(planes).QuerySelector("[data-testid=probe-2]")!.ClassList);
        Assert.Equal("5", Along(planes).QuerySelector("[data-testid=probe-2]")!.GetAttribute("data-off-plane-mm"));
        Assert.DoesNotContain("faint", Across(planes).QuerySelector("[data-testid=probe-2]")!.ClassList);
    }

    [Fact]
    public void Sensors_are_diamonds_labelled_by_channel_or_by_the_names_given()
    {
        var unnamed = Render(IceballSamples.Estimate());
        var named = Render(IceballSamples.Estimate(), new Dictionary<int, string> { [2] = "TS1 urethra" });

        Assert.Equal("TS ch 2", Across(unnamed).QuerySelector("[data-testid=sensor-2] text")!.TextContent);
        Assert.Equal("TS1 urethra", Across(named).QuerySelector("[data-testid=sensor-2] text")!.TextContent);
        Assert.Equal("TS ch 3", Across(named).QuerySelector("[data-testid=sensor-3] text")!.TextContent);
        // Sensor 2 at (0, 12, 15): 12 mm above the centre across, 15 mm toward the handles along (and 15 mm off z = 0).
        Assert.Equal("0,-13.33 1.33,-12 0,-10.67 -1.33,-12", Across(named).QuerySelector("[data-testid=sensor-2] polygon")!.GetAttribute("points"));
        Assert.Contains("faint", Across(named).QuerySelector("[data-testid=sensor-2]")!.ClassList);
        Assert.DoesNotContain("faint", Along(named).QuerySelector("[data-testid=sensor-3]")!.ClassList);
    }

    [Fact]
    public void Planes_are_named_with_axes_and_a_fixed_view_of_the_estimates_span()
    {
        var planes = Render(IceballSamples.Estimate(), caption: "Live estimate");

        Assert.Equal("Live estimate", planes.Find("[data-testid=iceball-planes-caption]").TextContent);
        Assert.Equal("Across the probes (z = 0)", Across(planes).QuerySelector("h3")!.TextContent);
        Assert.Equal(["x mm", "y mm"], new[] { "axis-horizontal", "axis-vertical" }.Select(t => Across(planes).QuerySelector($"[data-testid={t}]")!.TextContent));
        Assert.Equal(["x mm", "z mm"], new[] { "axis-horizontal", "axis-vertical" }.Select(t => Along(planes).QuerySelector($"[data-testid={t}]")!.TextContent));
        Assert.Equal("-40 -40 80 80", Across(planes).QuerySelector("[data-testid=plot]")!.GetAttribute("viewBox"));
        Assert.Equal("grid 10 mm", Across(planes).QuerySelector("[data-testid=grid-label]")!.TextContent);
        var svg = Along(planes).QuerySelector("svg")!;
        Assert.StartsWith("Along the probes (y = 0). Model estimate", svg.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal(svg.GetAttribute("aria-label"), svg.QuerySelector("title")!.TextContent);
        Assert.Equal(3, planes.FindAll("[data-testid=legend-isotherm]").Count);
    }

    [Fact]
    public void Without_an_estimate_the_layout_is_drawn_alone_on_a_span_that_holds_it()
    {
        var planes = Render(null);

        Assert.Equal("false", planes.Find("[data-testid=iceball-planes]").GetAttribute("data-estimated"));
        Assert.Empty(planes.FindAll("path"));
        Assert.Empty(planes.FindAll("[data-testid=legend-isotherm]"));
        Assert.Equal(2, planes.FindAll("[data-testid=iceball-plane]").Count);
        // The farthest thing is probe 2's tip at z = -20 (target and margin reach 17): 20 + 5 mm of room, at least 30.
        Assert.Equal("-30 -30 60 60", Along(planes).QuerySelector("[data-testid=plot]")!.GetAttribute("viewBox"));
        Assert.Equal(("10", "12"), Radii(Along(planes), "target"));
        Assert.Equal(("-6", "0"), Dot(Across(planes), 1));

        var deep = IceballSamples.Layout with { Probes = [new ProbePlacement(1, 0, 0, -41, 30)] };
        Assert.Equal(50, PlaneDrawer.LayoutHalfSpanMm(deep));
        Assert.Equal(30, PlaneDrawer.LayoutHalfSpanMm(deep with { Probes = [new ProbePlacement(1, 0, 0, -10, 20)] }));
    }

    public void Dispose() => _context.Dispose();

    private IRenderedComponent<IceballPlanes> Render(IceballEstimate? estimate, IReadOnlyDictionary<int, string>? names = null, string? caption = null) =>
        _context.Render<IceballPlanes>(p => p
            .Add(c => c.Layout, IceballSamples.Layout)
            .Add(c => c.Estimate, estimate)
            .Add(c => c.SensorNames, names)
            .Add(c => c.Caption, caption));

    private static IElement Across(IRenderedComponent<IceballPlanes> planes) => planes.Find("[data-testid=iceball-plane][data-vertical=y]");

    private static IElement Along(IRenderedComponent<IceballPlanes> planes) => planes.Find("[data-testid=iceball-plane][data-vertical=z]");

    private static (string?, string?) Radii(IElement plane, string testId)
    {
        var ellipse = plane.QuerySelector($"ellipse[data-testid={testId}]")!;
        Assert.Equal(("0", "0"), (ellipse.GetAttribute("cx"), ellipse.GetAttribute("cy")));
        return (ellipse.GetAttribute("rx"), ellipse.GetAttribute("ry"));
    }

    private static (string?, string?) Dot(IElement plane, int probe)
    {
        var dot = plane.QuerySelector($"[data-testid=probe-{probe}] circle")!;
        return (dot.GetAttribute("cx"), dot.GetAttribute("cy"));
    }

    /// <summary>The path's segments (each "L" draws one from the point before); fails on anything but M and L commands.</summary>
    private static List<float[]> Segments(string d)
    {
        var commands = CommandPattern().Matches(d);
        Assert.Equal(d.Trim(), string.Join(' ', commands.Select(m => m.Value)));
        var segments = new List<float[]>();
        float[] at = [];
        foreach (Match command in commands)
        {
            float[] point = [float.Parse(command.Groups[2].Value, CultureInfo.InvariantCulture), float.Parse(command.Groups[3].Value, CultureInfo.InvariantCulture)];
            if (command.Groups[1].Value == "L")
            {
                Assert.NotEmpty(at);
                segments.Add([at[0], at[1], point[0], point[1]]);
            }

            at = point;
        }

        return segments;
    }

    /// <summary>A segment as text, the same whichever way it runs.</summary>
    private static string Key(float[] q) =>
        string.Join(' ', (q[0], q[1]).CompareTo((q[2], q[3])) <= 0 ? q : [q[2], q[3], q[0], q[1]]);

    [GeneratedRegex(@"([ML]) (-?[\d.]+) (-?[\d.]+)")]
    private static partial Regex CommandPattern();
}
