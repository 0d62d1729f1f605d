using CryoWeb.Controller.Iceball;
using CryoWeb.Controller.Planning;
using CryoWeb.Controller.Protocols;
using Xunit.Abstractions;

namespace CryoWeb.Controller.Tests.Iceball;

/// <summary>The plan before the first freeze: a timeline every minute and at every step end, and the iceball at its largest.</summary>
public class IceballPlannerTests(ITestOutputHelper output)
{
    private static readonly IceballLayout Layout = new(
        [new ProbePlacement(1, 0, 0, -15)],
        [new SensorPlacement(2, 10, 0, 0)],
        new TargetShape(8, 8, 12, 5));

    private static IceballPlanResult Predict(params ProtocolStep[] steps) => IceballPlanner.Predict(Layout, new ProtocolDefinition("Test", steps));

    [Fact]
    public void A_point_per_minute_and_the_peak_at_the_end_of_the_freeze()
    {
        var result = Predict(ProtocolStep.Freeze(2), ProtocolStep.PassiveThaw(1));

        output.WriteLine($"{result.SimulatedSeconds} s simulated in {result.WallSeconds:F2} s ({result.RealTimeFactor:F0}x)");
        Assert.Equal([1.0, 2, 3], result.Timeline.Select(p => p.Minute));
        Assert.Equal(["Freeze 100% 2 min", "Freeze 100% 2 min", "Passive thaw 1 min"], result.Timeline.Select(p => p.Step));
        Assert.All(result.Timeline, p => Assert.Equal(IceballEstimate.StandardCelsius, p.Isotherms.Select(i => i.Celsius)));
        Assert.Equal(180, result.SimulatedSeconds, 6);
        Assert.True(result.RealTimeFactor > 1, $"real-time factor {result.RealTimeFactor}");

        var peak = result.Peak;
        Assert.Equal(2, peak.ModelMinutes);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddMinutes(2), peak.Time);
        Assert.Same(Layout, peak.Layout);
        Assert.Null(peak.Agreement);
        Assert.Equal(result.Timeline[1].Isotherms, peak.Isotherms);
        var twenty = peak.At(-20)!;
        Assert.True(twenty.WidthMm > 0 && twenty.LengthMm > 0, $"-20 C at the peak: {twenty}");

        // The freeze grows the iceball minute by minute.
        Assert.True(result.Timeline[1].Isotherms[0].VolumeMilliliters > result.Timeline[0].Isotherms[0].VolumeMilliliters, "the 0 C volume grows while freezing");

        // The peak is pictured in the two planes, with contours for each standard isotherm.
        Assert.Equal(2, peak.Planes.Count);
        Assert.All(peak.Planes, plane => Assert.Equal(IceballEstimate.StandardCelsius, plane.Contours.Select(c => c.Celsius)));
        Assert.All(peak.Planes, plane => Assert.NotEmpty(plane.Contours.Single(c => c.Celsius == -20).SegmentsMm));
    }

    [Fact]
    public void Step_ends_between_minutes_get_their_own_points_and_the_peak_is_at_the_last_freeze()
    {
        var result = Predict(ProtocolStep.Freeze(1.5), ProtocolStep.PassiveThaw(0.5), ProtocolStep.Freeze(0.75, 50), ProtocolStep.PassiveThaw(0.5));

        Assert.Equal([1.0, 1.5, 2, 2.75, 3, 3.25], result.Timeline.Select(p => p.Minute));
        Assert.Equal(["Freeze 100% 1.5 min", "Freeze 100% 1.5 min", "Passive thaw 0.5 min", "Freeze 50% 0.75 min", "Passive thaw 0.5 min", "Passive thaw 0.5 min"], result.Timeline.Select(p => p.Step));
        Assert.Equal(2.75, result.Peak.ModelMinutes);
        Assert.Equal(result.Timeline[3].Isotherms, result.Peak.Isotherms);
        Assert.Equal(195, result.SimulatedSeconds, 6);
    }

    [Fact]
    public void A_protocol_without_a_freeze_peaks_at_its_end()
    {
        var result = Predict(ProtocolStep.PassiveThaw(1.5));

        Assert.Equal([1.0, 1.5], result.Timeline.Select(p => p.Minute));
        Assert.Equal(1.5, result.Peak.ModelMinutes);
        Assert.All(result.Peak.Isotherms, i => Assert.Equal(0, i.VolumeMilliliters));
    }

    [Theory]
    [InlineData(0, "protocol.steps[0].powerPercent")]
    [InlineData(1, "protocol.steps[1].duration")]
    public void An_invalid_protocol_is_refused_naming_the_step_field(int bad, string field)
    {
        ProtocolStep[] steps = [ProtocolStep.Freeze(2), ProtocolStep.PassiveThaw(1)];
        steps[bad] = bad == 0 ? ProtocolStep.Freeze(2, 5) : ProtocolStep.PassiveThaw(0);

        var e = Assert.Throws<PlanException>(() => Predict(steps));

        Assert.StartsWith(field, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_protocol_is_refused_naming_the_steps()
    {
        var e = Assert.Throws<PlanException>(() => Predict());

        Assert.StartsWith("protocol.steps:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_plan_stops()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => IceballPlanner.Predict(Layout, new ProtocolDefinition("Test", [ProtocolStep.Freeze(2)]), cancellationToken: cancel.Token));
    }
}
