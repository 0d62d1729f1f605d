using System.Text.Json;
using CryoWeb.Controller.Iceball;

namespace CryoWeb.Controller.Tests.Iceball;

/// <summary>Layouts and estimates are stored with the procedure and sent to the review as JSON: nothing may be lost.</summary>
public class IceballJsonTests
{
    private static readonly IceballLayout Layout = new(
        [new ProbePlacement(3, -7.25, 1.5, -14.75, 22.5, 1.7), new ProbePlacement(1, 6.125, -2, -20)],
        [new SensorPlacement(5, 0.1, 11.9, -3.3), new SensorPlacement(7, -18, 0, 4.5)],
        new TargetShape(11.5, 9.25, 14, 6.5));

    private static T RoundTrip<T>(T value, out string json)
    {
        json = JsonSerializer.Serialize(value, IceballJson.Options);
        return JsonSerializer.Deserialize<T>(json, IceballJson.Options) ?? throw new InvalidOperationException("deserialised to null");
    }

    private static void AssertSameLayout(IceballLayout expected, IceballLayout actual)
    {
        Assert.Equal(expected.Probes, actual.Probes); // element-wise record equality: every field
        Assert.Equal(expected.Sensors, actual.Sensors);
        Assert.Equal(expected.Target, actual.Target);
    }

    [Fact]
    public void A_layout_keeps_every_value()
    {
        var back = RoundTrip(Layout, out string json);

        AssertSameLayout(Layout, back);
        Assert.Contains("\"activeLengthMm\":22.5", json, StringComparison.Ordinal); // the web's camelCase, as the layout editor sends it
    }

    [Fact]
    public void A_layout_written_by_the_editor_without_optional_fields_gets_the_defaults()
    {
        const string json = """{"probes":[{"probe":1,"tipXMm":0,"tipYMm":0,"tipZMm":-15}],"sensors":[],"target":{"radiusXMm":10,"radiusYMm":10,"radiusZMm":10,"marginMm":5}}""";

        var layout = JsonSerializer.Deserialize<IceballLayout>(json, IceballJson.Options)!;

        Assert.Equal(new ProbePlacement(1, 0, 0, -15, 30, 1.5), Assert.Single(layout.Probes));
        Assert.Empty(layout.Sensors);
        Assert.Null(layout.Problem(1, [false]));
    }

    [Fact]
    public void An_estimate_keeps_every_value_including_an_RMS_that_is_not_a_number()
    {
        var estimate = new IceballEstimate(
            new DateTimeOffset(2025, 3, 4, 10, 11, 12, 345, TimeSpan.FromHours(1)),
            7.25,
            Layout,
            [new IsothermSize(0, 31.2, 44.8, 21.35, 100, 4.2), new IsothermSize(-20, 18.4, 36.1, 8.02, 61.5, -1.8), new IsothermSize(-40, 11.6, 30.3, 2.97, 12.3, -6.1)],
            [
                new IsothermPlane("Across the probes (z = 0)", "x", "y", 30, [new IsothermContour(0, [1.25f, -2.5f, 3.75f, 4f]), new IsothermContour(-20, [])]),
                new IsothermPlane("Along the probes (y = 0)", "x", "z", 35, [new IsothermContour(-40, [0.01f, 0.02f, -0.03f, 29.99f, 0.02f, -0.03f, 1.5f, 2.5f])]),
            ],
            new ModelAgreement(double.NaN, double.NaN, 1.15, 0.5, [new SensorAgreement(5, double.NaN, 12.34, 15.67), new SensorAgreement(7, -3.5, -3.25, -1)]));

        var back = RoundTrip(estimate, out string json);

        Assert.Contains("\"NaN\"", json, StringComparison.Ordinal);
        Assert.Equal(estimate.Time, back.Time);
        Assert.Equal(estimate.Time.Offset, back.Time.Offset);
        Assert.Equal(estimate.ModelMinutes, back.ModelMinutes);
        AssertSameLayout(estimate.Layout, back.Layout);
        Assert.Equal(estimate.Isotherms, back.Isotherms);
        Assert.Equal(estimate.Planes.Count, back.Planes.Count);
        for (int p = 0; p < estimate.Planes.Count; p++)
        {
            var (expected, actual) = (estimate.Planes[p], back.Planes[p]);
            Assert.Equal((expected.Name, expected.Horizontal, expected.Vertical, expected.HalfSpanMm), (actual.Name, actual.Horizontal, actual.Vertical, actual.HalfSpanMm));
            Assert.Equal(expected.Contours.Select(c => c.Celsius), actual.Contours.Select(c => c.Celsius));
            for (int c = 0; c < expected.Contours.Count; c++)
            {
                Assert.Equal(expected.Contours[c].SegmentsMm, actual.Contours[c].SegmentsMm);
            }
        }

        var agreement = Assert.IsType<ModelAgreement>(back.Agreement);
        Assert.True(double.IsNaN(agreement.RmsCelsius) && double.IsNaN(agreement.UncorrectedRmsCelsius), "an RMS before any comparison stays NaN");
        Assert.Equal((1.15, 0.5), (agreement.ConductivityScale, agreement.PerfusionScale));
        Assert.Equal(estimate.Agreement!.Sensors, agreement.Sensors); // record equality treats NaN as equal to NaN
        Assert.True(double.IsNaN(agreement.Sensors[0].MeasuredCelsius));
    }

    [Fact]
    public void An_estimate_without_agreement_stays_without()
    {
        var estimate = new IceballEstimate(DateTimeOffset.UnixEpoch.AddMinutes(12), 12, Layout, [new IsothermSize(-20, 0, 0, 0, 0, -11.5)], [], null);

        var back = RoundTrip(estimate, out _);

        Assert.Null(back.Agreement);
        Assert.Equal(estimate.Isotherms, back.Isotherms);
        Assert.Equal(estimate.Time, back.Time);
    }
}
