using System.Diagnostics;
using System.Globalization;
using CryoWeb.Bench.Harness;
using CryoWeb.Bench.Seeding;
using CryoWeb.Thermal.Layout;

namespace CryoWeb.Bench.Scenarios;

/// <summary>
/// Storage of a 4-hour procedure at 16 channels x 10 Hz (issue 5): database size (target < 50 MB), review page first
/// paint until its chart is drawn (target < 1 s) and the CSV export (target < 3 s), each repeated, medians reported.
/// </summary>
public static class StorageScenario
{
    public static async Task<int> RunAsync(double hours, int repeats, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        string folder = Path.Combine(Path.GetTempPath(), $"cryoweb-bench-storage-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            string db = Path.Combine(folder, "cryoweb.db");
            var layout = SimulationLayoutJson.Load(BenchRepository.LayoutFile("sixteen-channels.json"));
            var seeding = Stopwatch.StartNew();
            var id = await LongProcedureSeeder.SeedAsync(db, layout, TimeSpan.FromHours(hours), ConsoleUnderTest.Operator);
            long samples = (long)(hours * 3600 * 10);
            double sizeMb = Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length) / 1048576.0;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"storage: {hours} h x 16 channels x 10 Hz = {samples} samples ({samples * 16} readings), seeded through ProcedureStore in {seeding.Elapsed.TotalSeconds:F0} s"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"database size: {sizeMb:F1} MB ({string.Join(", ", Directory.GetFiles(folder).Select(f => $"{Path.GetFileName(f)} {new FileInfo(f).Length / 1048576.0:F1} MB"))}); {sizeMb * 1048576 / (samples * 16):F2} bytes per reading (target < 50 MB: {(sizeMb < 50 ? "met" : "MISSED")})"));

            await using var console = await ConsoleUnderTest.StartAsync(db);
            using var reviewer = await ConsoleClient.SignInAsync(console.BaseAddress, ConsoleUnderTest.Reviewer);
            await ExportAsync(reviewer, id, repeats, output);
            await FirstPaintAsync(console, id, repeats, output);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>GET /api/procedures/{id}/samples.csv, the whole body read; the first run is reported apart (cold cache).</summary>
    public static async Task ExportAsync(ConsoleClient client, Guid id, int repeats, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(output);
        var times = new List<double>();
        long bytes = 0;
        for (int r = 0; r <= repeats; r++)
        {
            var watch = Stopwatch.StartNew();
            bytes = await client.DownloadAsync($"api/procedures/{id}/samples.csv");
            times.Add(watch.Elapsed.TotalSeconds);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"CSV export ({bytes / 1048576.0:F1} MB): first {times[0]:F2} s, then median {Statistics.Median(times.Skip(1).ToList()):F2} s (min {times.Skip(1).Min():F2} / max {times.Skip(1).Max():F2}) over {repeats} (target < 3 s: {(times.Max() < 3 ? "met" : "MISSED")})"));
    }

    private static async Task FirstPaintAsync(ConsoleUnderTest console, Guid id, int repeats, TextWriter output)
    {
        await using var browser = await BenchBrowser.LaunchAsync();
        var context = await browser.SignedInContextAsync(console.BaseAddress, ConsoleUnderTest.Reviewer);
        var drawn = new List<double>();
        var contentful = new List<double>();
        for (int r = 0; r <= repeats; r++)
        {
            var page = await context.NewPageAsync();
            var watch = Stopwatch.StartNew();
            await page.GotoAsync($"/review/{id}");
            await page.WaitForSelectorAsync("[data-testid=review-chart][data-state=ready]", new() { Timeout = 60_000 });
            drawn.Add(watch.Elapsed.TotalMilliseconds);
            contentful.Add(await page.EvaluateAsync<double>("() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1"));
            if (Environment.GetEnvironmentVariable("BENCH_TRACE") == "1")
            {
                await output.WriteLineAsync(await page.EvaluateAsync<string>("() => JSON.stringify([performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource').map(e => ({ n: e.name, s: Math.round(e.startTime), d: Math.round(e.duration) }))])"));
            }

            await page.CloseAsync();
        }

        var warm = drawn.Skip(1).ToList();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"review page, navigation to the chart drawn with every channel: first {drawn[0]:F0} ms, then median {Statistics.Median(warm):F0} ms (min {warm.Min():F0} / max {warm.Max():F0}) over {repeats}; first contentful paint median {Statistics.Median(contentful.Skip(1).ToList()):F0} ms (target < 1 s: {(drawn.Max() < 1000 ? "met" : "MISSED")})"));
    }
}
