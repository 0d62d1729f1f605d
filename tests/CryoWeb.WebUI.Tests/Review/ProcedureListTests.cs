using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Review;

namespace CryoWeb.WebUI.Tests.Review;

public sealed class ProcedureListTests : IDisposable
{
    private readonly ReviewStore _review = new();

    [Fact]
    public async Task The_list_is_newest_first_with_duration_state_and_the_number_of_alarms_raised()
    {
        await _review.RecordAsync("Case 1", "anna", "kidney", ReviewStore.Day1, samples: 600, alarms: 2);
        await _review.RecordAsync("Case 2", "ben", "liver", ReviewStore.Day1.AddDays(1), finish: false);

        var list = await _review.Catalog.ListAsync(ProcedureFilter.All);

        Assert.Equal(["Case 2", "Case 1"], list.Select(i => i.Label));
        Assert.Equal((ProcedureState.Running, (TimeSpan?)null, 0), (list[0].State, list[0].Duration, list[0].AlarmCount));
        Assert.Equal((ProcedureState.Finished, (TimeSpan?)TimeSpan.FromMinutes(1), 2), (list[1].State, list[1].Duration, list[1].AlarmCount));
    }

    [Theory]
    [InlineData("finished", null, null, null, new[] { "Case 1", "Case 3" })]
    [InlineData(null, "2026-03-03", null, null, new[] { "Case 2", "Case 3" })]
    [InlineData(null, null, "2026-03-03", null, new[] { "Case 1", "Case 2" })]
    [InlineData(null, "2026-03-03", "2026-03-03", null, new[] { "Case 2" })]
    [InlineData(null, null, null, "LIVER", new[] { "Case 2" })]
    [InlineData(null, "0001-01-01", "9999-12-31", null, new[] { "Case 1", "Case 2", "Case 3" })]
    [InlineData(null, null, null, "ann", new[] { "Case 1", "Case 3" })]
    [InlineData(null, null, null, "case 3", new[] { "Case 3" })]
    [InlineData("Finished", null, null, "anna", new[] { "Case 1", "Case 3" })]
    public async Task State_date_range_and_search_narrow_the_list(string? state, string? from, string? to, string? search, string[] expected)
    {
        await _review.RecordAsync("Case 1", "anna", "kidney", ReviewStore.Day1);
        await _review.RecordAsync("Case 2", "ben", "liver", ReviewStore.Day1.AddDays(1).AddHours(3), finish: false);
        await _review.RecordAsync("Case 3", "anna", "prostate", ReviewStore.Day1.AddDays(2));

        var filter = ProcedureFilter.Parse(state, from, to, search, out var problem);

        Assert.Null(problem);
        Assert.Equal(expected, (await _review.Catalog.ListAsync(filter!)).Select(i => i.Label).Order());
    }

    [Theory]
    [InlineData("done", null, null, "state")]
    [InlineData("2", null, null, "state")]
    [InlineData(null, "yesterday", null, "from")]
    [InlineData(null, null, "2026-13-01", "to")]
    [InlineData(null, "2026-03-04", "2026-03-02", "to")]
    public void A_bad_filter_value_is_refused_naming_its_parameter(string? state, string? from, string? to, string parameter)
    {
        Assert.Null(ProcedureFilter.Parse(state, from, to, null, out var problem));
        Assert.Equal(parameter, problem!.Parameter);
        Assert.StartsWith(parameter + ": ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_search_text_too_long_is_refused_as_q()
    {
        Assert.Null(ProcedureFilter.Parse(null, null, null, new string('x', ProcedureFilter.MaxSearchLength + 1), out var problem));
        Assert.Equal("q", problem!.Parameter);
    }

    [Fact]
    public async Task The_detail_summarises_the_recorded_samples_and_curves_come_back_decimated_or_raw()
    {
        // TS1 margin falls 1 C per sample from +30: at or below -20 C from sample 50 on, 100 samples in all.
        var record = await _review.RecordAsync("Case 9", "anna", "kidney", ReviewStore.Day1, samples: 100, values: i => [i == 5 ? float.NaN : -i, 30 - i]);

        var detail = await _review.Catalog.DetailAsync(record);
        var whole = await _review.Catalog.CurvesAsync(record, null, null, 20);
        var zoomed = await _review.Catalog.CurvesAsync(record, ReviewStore.Day1.AddSeconds(2), ReviewStore.Day1.AddSeconds(3), 20);

        Assert.Equal(100, detail.SampleCount);
        Assert.Equal((-99.0, 1), (detail.Channels[0].MinimumCelsius, detail.Channels[0].FaultedSamples));
        Assert.Equal(-69.0, detail.Channels[1].MinimumCelsius);
        Assert.Equal(4.9, detail.Channels[1].SecondsAtOrBelowMinus20, 3);
        Assert.True(whole.Decimated);
        Assert.Equal(100, whole.SampleCount);
        Assert.Equal(-99.0, whole.Values[0].Min());
        Assert.False(zoomed.Decimated);
        Assert.Equal(10, zoomed.TimesMs.Count);
        Assert.Equal(-20.0, zoomed.Values[0][0]);
    }

    [Fact]
    public async Task A_finished_records_whole_curves_come_from_the_detail_pass_and_equal_a_fresh_reading()
    {
        var record = await _review.RecordAsync("Case 10", "anna", "kidney", ReviewStore.Day1, samples: 3000, values: i => [-(i % 700), 30 - (i % 90)]);
        var fresh = new ProcedureCatalog(_review.Store, _review.Time);
        var expected = await fresh.CurvesAsync(record, null, null, ProcedureCatalog.DefaultCurvePoints);

        await _review.Catalog.DetailAsync(record);
        var kept = await _review.Catalog.CurvesAsync(record, null, null, ProcedureCatalog.DefaultCurvePoints);

        Assert.Equal(expected.TimesMs, kept.TimesMs);
        Assert.Equal(expected.Values.Select(v => v.ToArray()), kept.Values.Select(v => v.ToArray()));
        Assert.Equal((expected.SampleCount, expected.Decimated), (kept.SampleCount, kept.Decimated));
        Assert.Same(kept, await _review.Catalog.CurvesAsync(record, null, null, ProcedureCatalog.DefaultCurvePoints));

        // A running record is never kept: its next reading has the samples added since.
        var running = await _review.RecordAsync("Case 11", "ben", "liver", ReviewStore.Day1.AddDays(1), samples: 50, finish: false);
        await _review.Catalog.DetailAsync(running);
        Assert.NotSame(await _review.Catalog.CurvesAsync(running, null, null, 20), await _review.Catalog.CurvesAsync(running, null, null, 20));
    }

    public void Dispose() => _review.Dispose();
}
