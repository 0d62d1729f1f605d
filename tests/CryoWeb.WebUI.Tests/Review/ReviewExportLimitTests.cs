using System.Net;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Tests.Security;

namespace CryoWeb.WebUI.Tests.Review;

/// <summary>
/// Issue 13: exports opened and never read (an attacker, or a stalled tablet) must not starve the other reviewers. Each
/// user has their own place in the queue, the review pages do not share the exports' limit, and a download that stops
/// moving is dropped. The unread clients have a small receive window, so the console's writes really wait.
/// </summary>
public sealed class ReviewExportLimitTests
{
    private const int UnreadWindowBytes = 2048;

    [Fact]
    public async Task Twenty_unread_exports_of_one_user_leave_another_users_review_read_and_export_answered()
    {
        await using var console = await ExposureConsole.StartAsync();
        var id = await RecordLargeProcedureAsync(console);
        using var mallory = await console.SignedInAsync("mallory", ConsoleRole.Reviewer, fromLan: true, UnreadWindowBytes);
        using var rita = await console.SignedInAsync("rita", ConsoleRole.Reviewer, fromLan: true);

        var unread = Enumerable.Range(0, 20)
            .Select(_ => mallory.GetAsync($"/api/procedures/{id}/samples.csv", HttpCompletionOption.ResponseHeadersRead))
            .ToList();
        // One of them (two, before the fix) is answered and left unread; the rest are refused or queued.
        var pending = unread.ToList();
        bool answered = false;
        for (int i = 0; i < unread.Count && !answered; i++)
        {
            var done = await Task.WhenAny(pending);
            pending.Remove(done);
            answered = (await done).StatusCode == HttpStatusCode.OK;
        }

        Assert.True(answered, "no export of mallory's was answered");

        using (var list = await rita.GetAsync("/api/procedures"))
        {
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        }

        using (var detail = await rita.GetAsync($"/api/procedures/{id}"))
        {
            Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        }

        using (var export = await rita.GetAsync($"/api/procedures/{id}/samples.csv"))
        {
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            Assert.True((await export.Content.ReadAsByteArrayAsync()).Length > 1_000_000, "the whole export arrived");
        }

        foreach (var response in unread.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result))
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task An_export_nobody_reads_is_dropped_when_it_stalls_and_frees_its_place()
    {
        await using var console = await ExposureConsole.StartAsync("--Review:StalledWriteSeconds", "1");
        var id = await RecordLargeProcedureAsync(console);
        using var mallory = await console.SignedInAsync("mallory", ConsoleRole.Reviewer, fromLan: true, UnreadWindowBytes);
        using var mallet = await console.SignedInAsync("mallet", ConsoleRole.Supervisor, fromLan: true, UnreadWindowBytes);
        using var rita = await console.SignedInAsync("rita", ConsoleRole.Reviewer, fromLan: true);

        // Two users hold every export place the console has, and read nothing.
        using var held1 = await mallory.GetAsync($"/api/procedures/{id}/samples.csv", HttpCompletionOption.ResponseHeadersRead);
        using var held2 = await mallet.GetAsync($"/api/procedures/{id}/record.json", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, held1.StatusCode);
        Assert.Equal(HttpStatusCode.OK, held2.StatusCode);

        // Rita's export waits its turn; the stalled ones are dropped after a second without progress, so it comes.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        using var export = await rita.GetAsync($"/api/procedures/{id}/samples.csv", deadline.Token);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        await Assert.ThrowsAnyAsync<Exception>(async () => await held1.Content.CopyToAsync(Stream.Null));
    }

    /// <summary>A finished procedure of 64 channels and 8,000 rows (a CSV of about 3 MB), written straight into the store.</summary>
    private static async Task<Guid> RecordLargeProcedureAsync(ExposureConsole console)
    {
        var store = console.Store;
        var procedure = store.CreateProcedure("Large case", "op", "kidney", [.. Enumerable.Range(1, 64).Select(c => $"TS{c}")])!;
        Assert.True(await store.FlushAsync());
        store.StartProcedure(procedure.Id);
        Assert.True(await store.FlushAsync());
        var started = (await store.GetProcedureAsync(procedure.Id))!.StartedAt!.Value;
        var values = Enumerable.Range(0, 64).Select(c => -12.34f - c).ToArray();
        for (int batch = 0; batch < 4; batch++)
        {
            for (int i = 0; i < 2000; i++)
            {
                // 0.1 ms apart: every row lies within the second the export adds around the start and the end.
                Assert.True(store.AppendSample(procedure.Id, started.AddTicks(((batch * 2000) + i) * 1000L), values));
            }

            Assert.True(await store.FlushAsync());
        }

        store.FinishProcedure(procedure.Id);
        Assert.True(await store.FlushAsync());
        return procedure.Id;
    }
}
