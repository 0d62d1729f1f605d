using System.Globalization;
using CryoWeb.Bench.Harness;
using CryoWeb.Bench.Load;

namespace CryoWeb.Bench.Scenarios;

/// <summary>
/// Fan-out (issue 5): telemetry viewers at 16 channels x 10 Hz added in steps; per step the tick lateness, the
/// console's CPU (target: under one core), bytes per viewer per second and how late batches reach viewers. Target:
/// at least 100 viewers with tick lateness unchanged.
/// </summary>
public static class FanOutScenario
{
    public static async Task<int> RunAsync(IReadOnlyList<int> steps, TimeSpan stepLength, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(output);
        await using var busy = await BusyConsole.StartAsync("fan-out run", output);
        var watcher = busy.Watcher;
        await using var crowd = new ViewerCrowd(busy.BaseAddress, watcher.CookieHeader);
        await output.WriteLineAsync($"fan-out: {stepLength.TotalSeconds:F0} s per step, 16 channels x 10 Hz, raw web socket viewers (SignalR JSON), {busy.Console.Scheduling}");
        await output.WriteLineAsync("viewers  connected  lateness p50 / p99 / p99.9 / max (ms)  console CPU % of one core  bytes/viewer/s  batch delivery p50 / p99 (ms)  RSS MB");
        await Task.Delay(TimeSpan.FromSeconds(30));
        foreach (int viewers in steps)
        {
            await crowd.GrowToAsync(viewers);
            await Task.Delay(TimeSpan.FromSeconds(10));
            long bytes = crowd.Bytes;
            crowd.Latencies.Take();
            var window = await ConsoleWindow.MeasureAsync(watcher, stepLength);
            double perViewer = viewers == 0 ? 0 : (crowd.Bytes - bytes) / (double)viewers / window.Length.TotalSeconds;
            var delivery = crowd.Latencies.Take();
            var l = window.Lateness;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{viewers,7}  {crowd.Connected,9}  {l.Percentile(0.5),7:F2} / {l.Percentile(0.99),5:F2} / {l.Percentile(0.999),5:F2} / {l.MaxMilliseconds,5:F2}        {window.CpuPercentOfOneCore,24:F1}  {perViewer,14:F0}  {Statistics.Percentile(delivery, 0.5),12:F0} / {Statistics.Percentile(delivery, 0.99),5:F0}  {window.ResidentMb,7:F1}"));
        }

        return 0;
    }
}
