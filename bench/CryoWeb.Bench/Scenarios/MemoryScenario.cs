using System.Globalization;
using CryoWeb.Bench.Harness;
using CryoWeb.Bench.Load;

namespace CryoWeb.Bench.Scenarios;

/// <summary>
/// Memory over a long procedure (issue 5): 16 channels at 10 Hz, every probe cycling freeze/thaw, 10 telemetry
/// viewers; the console's resident memory, managed heap and CPU read from its /metrics once a minute.
/// Target: RSS under 200 MB after 2 hours, and how it grows.
/// </summary>
public static class MemoryScenario
{
    public static async Task<int> RunAsync(TimeSpan duration, int viewers, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var busy = await BusyConsole.StartAsync("memory run", output);
        var watcher = busy.Watcher;
        await using var crowd = new ViewerCrowd(busy.BaseAddress, watcher.CookieHeader);
        await crowd.GrowToAsync(viewers);
        using var stop = new CancellationTokenSource(duration);

        await output.WriteLineAsync($"memory: {duration.TotalMinutes:F0} min, 16 channels x 10 Hz, 8 probes cycling freeze 10 min / passive thaw 5 min, {viewers} viewers; {busy.Console.Scheduling}");
        await output.WriteLineAsync("minute  rss_mb  gc_heap_mb  gc_committed_mb  gc_0/1/2  cpu_percent_of_one_core  viewers  batches_per_viewer  dropped_items");
        var started = DateTime.UtcNow;
        var rss = new List<(double Minute, double Mb)>();
        double lastCpu = double.NaN;
        var lastTime = started;
        while (true)
        {
            var metrics = await watcher.MetricsAsync();
            var now = DateTime.UtcNow;
            double minute = (now - started).TotalMinutes;
            double cpu = metrics.CpuSeconds();
            double cpuPercent = (cpu - lastCpu) / (now - lastTime).TotalSeconds * 100;
            lastCpu = cpu;
            lastTime = now;
            double mb = metrics.ResidentBytes() / 1048576;
            rss.Add((minute, mb));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{minute,6:F1}  {mb,6:F1}  {metrics.HeapBytes() / 1048576,10:F1}  {metrics.CommittedBytes() / 1048576,15:F1}  {metrics.Collections(0)}/{metrics.Collections(1)}/{metrics.Collections(2)}  {cpuPercent,23:F1}  {metrics["cryoweb_viewers{kind=\"telemetry_hub\"}"],7}  {crowd.Batches / (double)Math.Max(1, crowd.Count),18:F0}  {metrics["cryoweb_storage_dropped_items_total"],13}"));
            if (stop.IsCancellationRequested)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMinutes(1), CancellationToken.None).WaitAsync(stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        Report(rss, output);
        return 0;
    }

    private static void Report(List<(double Minute, double Mb)> rss, TextWriter output)
    {
        var settled = rss.Where(r => r.Minute >= 10).ToList();
        double final = rss[^1].Mb;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rss: start {rss[0].Mb:F1} MB, at 10 min {settled.FirstOrDefault().Mb:F1} MB, peak {rss.Max(r => r.Mb):F1} MB, end {final:F1} MB (target < 200 MB: {(final < 200 ? "met" : "MISSED")})"));
        if (settled.Count >= 3)
        {
            // Least-squares slope after the first 10 minutes (start-up, JIT and the first history fill excluded).
            double mx = settled.Average(r => r.Minute);
            double my = settled.Average(r => r.Mb);
            double slope = settled.Sum(r => (r.Minute - mx) * (r.Mb - my)) / settled.Sum(r => (r.Minute - mx) * (r.Minute - mx));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"growth after minute 10: {slope * 60:F2} MB per hour (least squares over {settled.Count} readings); end / 10-minute ratio {final / settled[0].Mb:F3}"));
        }
    }
}
