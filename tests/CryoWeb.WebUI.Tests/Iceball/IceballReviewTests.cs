using System.Text.Json;
using Bunit;
using CryoWeb.Controller.Iceball;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Components.Iceball;
using CryoWeb.WebUI.Components.Pages.Review;
using CryoWeb.WebUI.Tests.Review;

namespace CryoWeb.WebUI.Tests.Iceball;

public sealed class IceballReviewTests : IDisposable
{
    private static readonly CryoWeb.WebUI.Clock.ConsoleTimeZone ParisTime = new("Europe/Paris");

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly ReviewStore _review = new();
    private readonly BunitContext _context;

    public IceballReviewTests()
    {
        _context = _review.Context();
        _review.SignIn(_context, "rita", "Reviewer");
    }

    /// <summary>Sensor on channel 1, which the recorded procedure names "TS1 margin".</summary>
    private static IceballLayout Layout { get; } = IceballSamples.Layout with { Sensors = [new SensorPlacement(1, 0, 12, 15)] };

    [Fact]
    public async Task The_review_shows_the_saved_plans_peak_beside_the_last_live_estimate()
    {
        var record = await _review.RecordAsync("Case 8", "anna", "kidney", ReviewStore.Day1);
        var estimate = IceballSamples.Estimate(ReviewStore.Day1.AddMinutes(12)) with { Layout = Layout };
        await SaveAsync(record.Id, IceballPlan.Kind, Plan());
        await SaveAsync(record.Id, IceballEstimator.EstimateKind, estimate);

        var page = _context.Render<ReviewDetail>(p => p.Add(d => d.Id, record.Id));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=plan-protocol]")), Patience);

        var plan = page.Find("[data-testid=iceball-review-plan]");
        Assert.Equal("Double freeze 10-8-10", plan.QuerySelector("[data-testid=plan-protocol]")!.TextContent);
        Assert.Contains("minute 20,", plan.QuerySelector("[data-testid=plan-facts]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            "At the end of the plan (minute 29, Active thaw) the target plus margin is covered: 0 °C 100 %, −20 °C 97.5 %, −40 °C 80 %.",
            Normalised(plan.QuerySelector("[data-testid=plan-end-coverage]")!.TextContent));
        Assert.Equal(2, plan.QuerySelectorAll("[data-testid=iceball-plane]").Length);
        Assert.Equal("33.0 × 40.0 mm", plan.QuerySelector("[data-testid=isotherm-row][data-celsius='0'] [data-testid=size]")!.TextContent);
        Assert.Equal("TS1 margin", plan.QuerySelector("[data-testid=sensor-1] text")!.TextContent);
        Assert.Empty(plan.QuerySelectorAll("[data-testid=iceball-agreement]"));

        var live = page.Find("[data-testid=iceball-review-estimate]");
        Assert.Contains(ParisTime.Clock(estimate.Time), live.QuerySelector("[data-testid=estimate-facts]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, live.QuerySelectorAll("[data-testid=iceball-plane]").Length);
        Assert.Equal("38.2 × 45.1 mm", live.QuerySelector("[data-testid=isotherm-row][data-celsius='0'] [data-testid=size]")!.TextContent);
        Assert.Equal("⚠ −2.1 mm (inside the target)", live.QuerySelector("[data-testid=isotherm-row][data-celsius='-40'] [data-testid=margin]")!.TextContent);
        Assert.Single(live.QuerySelectorAll("[data-testid=iceball-agreement]"));
        Assert.Equal(IceballReview.Caveat, page.Find("[data-testid=iceball-review-caveat]").TextContent);
    }

    [Fact]
    public async Task The_largest_live_estimate_is_shown_when_the_last_one_came_after_the_thaw()
    {
        var record = await _review.RecordAsync("Case 9", "anna", "kidney", ReviewStore.Day1);
        var peak = IceballSamples.Estimate(ReviewStore.Day1.AddMinutes(10)) with { Layout = Layout };
        var thawed = peak with { Time = ReviewStore.Day1.AddMinutes(20), ModelMinutes = 20, Isotherms = [.. peak.Isotherms.Select(i => i with { WidthMm = 0, LengthMm = 0, VolumeMilliliters = 0 })] };
        await SaveAsync(record.Id, IceballEstimator.EstimateKind, thawed);
        await SaveAsync(record.Id, IceballEstimator.PeakKind, peak);

        var page = _context.Render<ReviewDetail>(p => p.Add(d => d.Id, record.Id));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=iceball-review-peak]")), Patience);

        var largest = page.Find("[data-testid=iceball-review-peak]");
        Assert.Contains(ParisTime.Clock(peak.Time), largest.QuerySelector("[data-testid=peak-facts]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("38.2 × 45.1 mm", largest.QuerySelector("[data-testid=isotherm-row][data-celsius='0'] [data-testid=size]")!.TextContent);
        Assert.Equal(2, largest.QuerySelectorAll("[data-testid=iceball-plane]").Length);
        var last = page.Find("[data-testid=iceball-review-estimate]");
        Assert.Contains(ParisTime.Clock(thawed.Time), last.QuerySelector("[data-testid=estimate-facts]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_plan_or_an_estimate_the_review_says_so()
    {
        var record = await _review.RecordAsync("Case 9", "anna", "liver", ReviewStore.Day1);

        var page = _context.Render<ReviewDetail>(p => p.Add(d => d.Id, record.Id));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=no-plan]")), Patience);

        Assert.Equal("No plan was saved for this procedure.", page.Find("[data-testid=no-plan]").TextContent);
        Assert.StartsWith("No live iceball estimate was recorded", page.Find("[data-testid=no-estimate]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=iceball-planes], [data-testid=iceball-summary]"));
    }

    [Fact]
    public async Task A_record_that_cannot_be_read_is_reported_and_the_other_still_shows()
    {
        var record = await _review.RecordAsync("Case 11", "anna", "kidney", ReviewStore.Day1);
        Assert.True(_review.Store.SaveAttachment(new ProcedureAttachment(record.Id, IceballPlan.Kind, "{\"layout\": 12}", _review.Time.GetUtcNow())));
        await SaveAsync(record.Id, IceballEstimator.EstimateKind, IceballSamples.Estimate());

        var page = _context.Render<ReviewDetail>(p => p.Add(d => d.Id, record.Id));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=iceball-unreadable]")), Patience);

        Assert.StartsWith("The saved plan could not be read", page.Find("[data-testid=iceball-unreadable]").TextContent, StringComparison.Ordinal);
        Assert.Single(page.FindAll("[data-testid=no-plan]"));
        Assert.Single(page.FindAll("[data-testid=iceball-review-estimate] [data-testid=iceball-planes]"));
    }

    [Fact]
    public async Task The_printable_report_keeps_the_text_and_tables_without_drawings()
    {
        var record = await _review.RecordAsync("Case 10", "anna", "kidney", ReviewStore.Day1);
        await SaveAsync(record.Id, IceballPlan.Kind, Plan());
        await SaveAsync(record.Id, IceballEstimator.EstimateKind, IceballSamples.Estimate());

        var report = _context.Render<ReviewReport>(p => p.Add(r => r.Id, record.Id));
        report.WaitForAssertion(() => Assert.Equal(2, report.FindAll("[data-testid=iceball-summary]").Count), Patience);

        Assert.Single(report.FindAll("[data-testid=plan-end-coverage]"));
        Assert.Empty(report.FindAll("[data-testid=iceball-planes], [data-testid=iceball-agreement]"));
    }

    public void Dispose()
    {
        _context.Dispose();
        _review.Dispose();
    }

    /// <summary>A double-freeze plan of <see cref="Layout"/>: largest at minute 20, its timeline ending at minute 29.</summary>
    private static IceballPlan Plan()
    {
        IsothermSize[] peak = [new(0, 33, 40, 25, 100, 5.5), new(-20, 24, 31, 10, 97.5, 1.5), new(-40, 16, 22, 3.5, 80, -0.5)];
        var estimate = IceballSamples.Estimate(DateTimeOffset.UnixEpoch.AddMinutes(20)) with { ModelMinutes = 20, Layout = Layout, Isotherms = peak, Agreement = null };
        return new IceballPlan(Layout, ProtocolPresets.DoubleFreeze, [new IceballPlanPoint(10, "Freeze", peak), new IceballPlanPoint(29, "Active thaw", peak)], estimate, ReviewStore.Day1.AddMinutes(-30), "anna");
    }

    /// <summary>Saves <paramref name="value"/> with the procedure as the console does (JSON in a procedure attachment).</summary>
    private async Task SaveAsync<T>(Guid procedure, string kind, T value)
    {
        Assert.True(_review.Store.SaveAttachment(new ProcedureAttachment(procedure, kind, JsonSerializer.Serialize(value, IceballJson.Options), _review.Time.GetUtcNow())));
        Assert.True(await _review.Store.FlushAsync());
    }

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
