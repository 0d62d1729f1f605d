using System.Globalization;
using CryoWeb.Bench.Harness;
using CryoWeb.Bench.Load;
using CryoWeb.Bench.Seeding;
using CryoWeb.Thermal.Layout;

namespace CryoWeb.Bench.Scenarios;

/// <summary>
/// Control tick lateness (issue 5), one console, two windows of equal length: idle (a procedure recording 16 channels
/// with every probe cycling, nobody watching) and loaded (50 telemetry viewers, 5 live pages = 5 Blazor circuits, and
/// the CSV export of a seeded 4-hour procedure downloaded back to back). Targets: p99.9 < 1 ms, max < 5 ms, and load
/// raising p99 by less than 2x.
/// </summary>
public static class TickLatenessScenario
{
    public static async Task<int> RunAsync(TimeSpan window, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        string folder = Path.Combine(Path.GetTempPath(), $"cryoweb-bench-tick-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            string db = Path.Combine(folder, "cryoweb.db");
            var fourHours = await LongProcedureSeeder.SeedAsync(db, SimulationLayoutJson.Load(BusyConsole.LayoutFile), TimeSpan.FromHours(4), ConsoleUnderTest.Operator);
            await using var busy = await BusyConsole.StartAsync("tick lateness run", output, db);
            var (console, watcher) = (busy.Console, busy.Watcher);
            await output.WriteLineAsync($"tick lateness: windows of {window.TotalMinutes:F0} min, 16 channels x 10 Hz, 8 probes freezing/thawing, {console.Scheduling}");

            await Task.Delay(TimeSpan.FromSeconds(60));
            var idle = await ConsoleWindow.MeasureAsync(watcher, window);
            await output.WriteLineAsync("idle:   " + idle.Describe());

            await using var crowd = new ViewerCrowd(console.BaseAddress, watcher.CookieHeader);
            await crowd.GrowToAsync(50);
            await using var browser = await BenchBrowser.LaunchAsync();
            await LivePages.OpenAsync(browser, console.BaseAddress, ConsoleUnderTest.Supervisor, 5);
            using var reviewer = await ConsoleClient.SignInAsync(console.BaseAddress, ConsoleUnderTest.Reviewer);
            using var stopExport = new CancellationTokenSource();
            var export = new CsvExportLoop(reviewer, fourHours);
            var exporting = export.RunAsync(stopExport.Token);
            await Task.Delay(TimeSpan.FromSeconds(30));
            crowd.Latencies.Take();
            var loaded = await ConsoleWindow.MeasureAsync(watcher, window);
            await stopExport.CancelAsync();
            await exporting;
            var metrics = await watcher.MetricsAsync();
            var delivery = crowd.Latencies.Take();
            await output.WriteLineAsync("loaded: " + loaded.Describe());
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"load: {metrics["cryoweb_viewers{kind=\"telemetry_hub\"}"]} hub connections (50 viewers + 5 page charts), {metrics["cryoweb_viewers{kind=\"live_page\"}"]} live-page circuits, {export.Seconds.Count} CSV exports of the 4-hour procedure (median {Statistics.Median(export.Seconds):F2} s each); batch delivery to viewers p50 {Statistics.Percentile(delivery, 0.5):F0} ms, p99 {Statistics.Percentile(delivery, 0.99):F0} ms; frames lost {metrics["cryoweb_frames_lost_total"]}, storage drops {metrics["cryoweb_storage_dropped_items_total"]}"));
            double ratio = loaded.Lateness.Percentile(0.99) / idle.Lateness.Percentile(0.99);
            bool met = loaded.Lateness.Percentile(0.999) < 1 && idle.Lateness.Percentile(0.999) < 1 && loaded.Lateness.MaxMilliseconds < 5 && idle.Lateness.MaxMilliseconds < 5 && ratio < 2;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"p99 loaded / idle: {ratio:F2}x (targets p99.9 < 1 ms, max < 5 ms, ratio < 2x: {(met ? "met" : "MISSED")})"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
