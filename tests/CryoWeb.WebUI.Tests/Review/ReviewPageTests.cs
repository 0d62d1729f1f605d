using Bunit;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Components.Pages.Review;
using CryoWeb.WebUI.Components.Review;
using CryoWeb.WebUI.Review;

namespace CryoWeb.WebUI.Tests.Review;

public sealed class ReviewPageTests : IDisposable
{
    /// <summary>Store reads run on the store's writer thread; on a loaded machine a render can take more than bUnit's default second.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly ReviewStore _review = new();
    private readonly BunitContext _context;

    public ReviewPageTests()
    {
        _context = _review.Context();
    }

    [Fact]
    public async Task The_list_page_narrows_its_rows_by_search_state_and_date()
    {
        var kidney = await _review.RecordAsync("Case 1", "anna", "kidney", ReviewStore.Day1);
        var liver = await _review.RecordAsync("Case 2", "ben", "liver", ReviewStore.Day1.AddDays(1), finish: false);
        var prostate = await _review.RecordAsync("Case 3", "anna", "prostate", ReviewStore.Day1.AddDays(2));
        var page = _context.Render<ReviewList>();
        page.WaitForAssertion(() => Assert.Equal(3, Rows(page).Count), Patience);
        // The states in words; the filter's values stay the API's names.
        var options = page.FindAll("[data-testid=filter-state] option");
        Assert.Equal(["any", "Set up, not started", "Running", "Finished", "Interrupted (the console stopped)"], options.Select(o => o.TextContent));
        Assert.Equal(["", "Created", "Running", "Finished", "Interrupted"], options.Select(o => o.GetAttribute("value")));

        await page.Find("[data-testid=filter-search]").InputAsync(new() { Value = "LIVER" });
        page.WaitForAssertion(() => Assert.Equal([liver.Id.ToString()], Rows(page)), Patience);

        await page.Find("[data-testid=filter-search]").InputAsync(new() { Value = "" });
        await page.Find("[data-testid=filter-state]").ChangeAsync(new() { Value = "Finished" });
        page.WaitForAssertion(() => Assert.Equal([prostate.Id.ToString(), kidney.Id.ToString()], Rows(page)), Patience);

        await page.Find("[data-testid=filter-from]").ChangeAsync(new() { Value = "2026-03-04" });
        page.WaitForAssertion(() => Assert.Equal([prostate.Id.ToString()], Rows(page)), Patience);
        Assert.Equal("1 of 3 procedures", page.Find("[data-testid=review-count]").TextContent);
    }

    [Fact]
    public async Task A_reviewer_marks_an_ended_procedure_reviewed_and_it_is_audited()
    {
        var (record, page) = await RenderDetailAsync("Case 4", "rita", ConsoleRole.Reviewer);
        Assert.Equal("no", page.Find("[data-testid=review-reviewed]").TextContent);

        await page.Find("[data-testid=mark-reviewed]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal("yes", page.Find("[data-testid=review-reviewed]").TextContent), Patience);
        Assert.True((await _review.Store.GetProcedureAsync(record.Id))!.Reviewed);
        Assert.Contains(await _review.Store.ReadEventsAsync(record.Id), e => e.Command == ReviewMarker.Command && e.User == "rita (Reviewer)" && e.Outcome == "accepted");
        Assert.Empty(page.FindAll("[data-testid=mark-reviewed]"));
    }

    [Fact]
    public async Task An_operator_sees_no_mark_button_and_the_marker_refuses_the_role_anyway()
    {
        var (record, page) = await RenderDetailAsync("Case 5", "anna", ConsoleRole.Operator);

        Assert.Empty(page.FindAll("[data-testid=mark-reviewed]"));
        var outcome = await new ReviewMarker(_review.Store, _review.Time).MarkAsync(new Caller("anna", ConsoleRole.Operator, "x"), record.Id);
        Assert.False(outcome.Accepted);
        Assert.StartsWith("role: Operator", outcome.Reason, StringComparison.Ordinal);
        Assert.False((await _review.Store.GetProcedureAsync(record.Id))!.Reviewed);
    }

    [Fact]
    public void The_summary_tables_show_minimum_times_below_thresholds_faults_and_probe_durations()
    {
        ChannelSummary[] channels = [new(0, "Probe 1 tip", -152.345, 1250, 1190.4, 12000, 0), new(3, "TS1 ureter", null, 0, 0, 12000, 12000)];
        ProbeSummary[] probes = [new(1, 1080, 0, 480, 125, 2)];

        var channelTable = _context.Render<ChannelSummaryTable>(p => p.Add(t => t.Channels, channels));
        var probeTable = _context.Render<ProbeSummaryTable>(p => p.Add(t => t.Probes, probes));

        Assert.Equal("\u2212152.3 °C", channelTable.Find("[data-testid=channel-0-min]").TextContent);
        Assert.Equal("20:50", channelTable.Find("[data-testid=channel-0-below20]").TextContent);
        Assert.Equal("19:50", channelTable.Find("[data-testid=channel-0-below40]").TextContent);
        Assert.Equal("—", channelTable.Find("[data-testid=channel-3-min]").TextContent);
        Assert.Equal("12000 of 12000", channelTable.Find("[data-testid=channel-3-faulted]").TextContent);
        Assert.Contains("faulted", channelTable.Find("[data-testid=channel-3-faulted]").ClassList);
        Assert.Equal("18:00", probeTable.Find("[data-testid=probe-1-freeze-time]").TextContent);
        Assert.Equal("10:05", probeTable.Find("[data-testid=probe-1-thaw-time]").TextContent);
        Assert.Equal("2", probeTable.Find("[data-testid=probe-1-freezes]").TextContent);
        Assert.Equal(("TS1 ureter", "ch 3"), (channelTable.Find("[data-testid=channel-summary-3] bdi").TextContent, channelTable.Find("[data-testid=channel-summary-3] small.channel").TextContent));

        SensorSummary[] sensors = [new(3, "TS1 ureter", "protected structure", 3, "stop P1 (passive thaw)", 1.5, 42, 0, 0, 2)];
        var sensorTable = _context.Render<SensorSummaryTable>(p => p.Add(t => t.Sensors, sensors));
        Assert.Equal("TS1 ureter ch 3", sensorTable.Find("[data-testid=sensor-summary-3] td").TextContent);
        Assert.Equal("0:42", sensorTable.Find("[data-testid=sensor-past-limit]").TextContent);
        Assert.Equal("stop P1 (passive thaw): 2 times", sensorTable.Find("[data-testid=sensor-actions]").TextContent);
    }

    [Fact]
    public async Task The_detail_page_opens_with_the_clinical_summary_and_ends_with_this_procedures_audit_trail()
    {
        var record = await _review.RecordAsync("Case 6", "anna", "kidney", ReviewStore.Day1);
        Assert.True(_review.Store.RecordEvent(new AuditEvent { ProcedureId = record.Id, Time = ReviewStore.Day1.AddMilliseconds(300), User = "anna (Operator)", ClientAddress = "10.0.0.2", Command = "SetProbeMode", Parameters = "probe=1 mode=Freeze", Outcome = "accepted" }));
        Assert.True(_review.Store.RecordEvent(new AuditEvent { ProcedureId = record.Id, Time = ReviewStore.Day1.AddMilliseconds(400), User = "ben (Supervisor)", ClientAddress = "10.0.0.3", Command = "SignIn", Outcome = "accepted" }));
        Assert.True(_review.Store.RecordEvent(new AuditEvent { Time = ReviewStore.Day1.AddMilliseconds(500), User = "eve (Operator)", ClientAddress = "10.0.0.4", Command = "SignInLockout", Outcome = "refused: locked" }));
        Assert.True(await _review.Store.FlushAsync());
        _review.SignIn(_context, "rita", ConsoleRole.Reviewer.ToString());

        var page = _context.Render<ReviewDetail>(p => p.Add(d => d.Id, record.Id));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=audit-item]")), Patience);

        var order = page.FindAll("[data-testid=clinical-summary], [data-testid=review-chart], [data-testid=timeline], [data-testid=audit-trail]")
            .Select(e => e.GetAttribute("data-testid")).ToList();
        Assert.Equal(["clinical-summary", "review-chart", "timeline", "audit-trail"], order);
        Assert.Contains("anna (Operator)", page.Find("[data-testid=audit-item]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Probe 1: freeze — accepted", page.Find("[data-testid=audit-item]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("SetProbeMode", page.Find("[data-testid=audit-trail]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("ben", page.Find("[data-testid=audit-trail]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("eve", page.Find("[data-testid=audit-trail]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Times in Europe/Paris (UTC+01:00)", page.Find("[data-testid=time-zone]").TextContent);
        Assert.Equal("Europe/Paris", page.Find("[data-testid=review-chart]").GetAttribute("data-time-zone"));
    }

    public void Dispose()
    {
        _context.Dispose();
        _review.Dispose();
    }

    /// <summary>Records a procedure and renders its detail page for a signed-in user of <paramref name="role"/>.</summary>
    private async Task<(ProcedureRecord Record, IRenderedComponent<ReviewDetail> Page)> RenderDetailAsync(string label, string user, ConsoleRole role)
    {
        var record = await _review.RecordAsync(label, "anna", "kidney", ReviewStore.Day1);
        _review.SignIn(_context, user, role.ToString());
        var page = _context.Render<ReviewDetail>(p => p.Add(d => d.Id, record.Id));
        page.WaitForAssertion(() => Assert.Equal(label, page.Find("[data-testid=review-label]").TextContent), Patience);
        return (record, page);
    }

    private static List<string> Rows(IRenderedComponent<ReviewList> page) =>
        [.. page.FindAll("[data-testid=procedure-row]").Select(r => r.GetAttribute("data-procedure-id")!)];
}
