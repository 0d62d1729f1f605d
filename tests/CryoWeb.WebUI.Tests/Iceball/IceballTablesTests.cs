using AngleSharp.Dom;
using Bunit;
using CryoWeb.Controller.Iceball;
using CryoWeb.WebUI.Components.Iceball;

namespace CryoWeb.WebUI.Tests.Iceball;

public sealed class IceballTablesTests : IDisposable
{
    private readonly BunitContext _context = new();

    [Fact]
    public void The_summary_gives_each_isotherms_size_volume_coverage_and_margin()
    {
        var summary = _context.Render<IceballSummary>(p => p.Add(s => s.Isotherms, IceballSamples.Estimate().Isotherms));

        var zero = Row(summary, "0");
        Assert.Equal("0 °C", zero.QuerySelector("th")!.TextContent);
        Assert.Equal("38.2 × 45.1 mm", Cell(zero, "size"));
        Assert.Equal("30.5 mL", Cell(zero, "volume"));
        Assert.Equal("100 %", Cell(zero, "covered"));
        Assert.Equal("6.4 mm", Cell(zero, "margin"));
        Assert.Equal("−20 °C", Row(summary, "-20").QuerySelector("th")!.TextContent);
        Assert.Equal("14.25 mL", Cell(Row(summary, "-20"), "volume"));
        Assert.Contains("target plus its safety margin", summary.Find("[data-testid=iceball-summary-terms]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_margin_is_a_warning_in_words_not_only_a_number()
    {
        var summary = _context.Render<IceballSummary>(p => p.Add(s => s.Isotherms, IceballSamples.Estimate(smallestMinus40MarginMm: -2.1).Isotherms));

        var margin = Row(summary, "-40").QuerySelector("[data-testid=margin]")!;
        Assert.Equal("⚠ −2.1 mm (inside the target)", margin.TextContent);
        Assert.Contains("short", margin.ClassList);
        Assert.DoesNotContain("short", Row(summary, "-20").QuerySelector("[data-testid=margin]")!.ClassList);

        var reached = _context.Render<IceballSummary>(p => p.Add(s => s.Isotherms, IceballSamples.Estimate(smallestMinus40MarginMm: 0).Isotherms));
        Assert.Equal("0.0 mm", Cell(Row(reached, "-40"), "margin"));
    }

    [Fact]
    public void The_agreement_shows_both_fits_the_fitted_tissue_and_each_sensor_with_gaps_in_words()
    {
        var agreement = _context.Render<IceballAgreement>(p => p
            .Add(a => a.Agreement, IceballSamples.Estimate().Agreement!)
            .Add(a => a.SensorNames, new Dictionary<int, string> { [2] = "TS1 urethra" }));

        Assert.Equal("0.8 °C", agreement.Find("[data-testid=rms-fitted]").TextContent);
        Assert.Equal("2.3 °C", agreement.Find("[data-testid=rms-uncorrected]").TextContent);
        Assert.Equal("conductivity ×1.15, perfusion ×2", agreement.Find("[data-testid=fitted-tissue]").TextContent);
        var named = agreement.Find("[data-testid=agreement-sensor-2]");
        Assert.Equal("TS1 urethra", named.QuerySelector("th")!.TextContent);
        Assert.Equal(["−12.4 °C", "−11.9 °C", "−6.2 °C"], new[] { "measured", "model", "uncorrected" }.Select(c => Cell(named, c)));
        var fresh = agreement.Find("[data-testid=agreement-sensor-3]");
        Assert.Equal("TS ch 3", fresh.QuerySelector("th")!.TextContent);
        Assert.Equal(["21.5 °C", "not yet compared", "not yet compared"], new[] { "measured", "model", "uncorrected" }.Select(c => Cell(fresh, c)));

        var early = _context.Render<IceballAgreement>(p => p.Add(a => a.Agreement, new ModelAgreement(double.NaN, double.NaN, 1, 1, [])));
        Assert.Equal("not yet compared", early.Find("[data-testid=rms-fitted]").TextContent);
        Assert.Equal("not yet compared", early.Find("[data-testid=rms-uncorrected]").TextContent);
        Assert.Single(early.FindAll("[data-testid=no-sensors]"));
    }

    public void Dispose() => _context.Dispose();

    private static IElement Row<T>(IRenderedComponent<T> table, string celsius)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        table.Find($"[data-testid=isotherm-row][data-celsius='{celsius}']");

    private static string Cell(IElement row, string testId) => row.QuerySelector($"[data-testid={testId}]")!.TextContent;
}
