using System.Globalization;
using CryoWeb.Bench.Harness;
using CryoWeb.Bench.Load;

namespace CryoWeb.Bench.Scenarios;

/// <summary>
/// Soak (issue 5): 50 viewers for 30 minutes while some drop without a close handshake and reconnect every few
/// seconds. Targets: resident memory grows less than 10 % and every dropped connection reconnects.
/// </summary>
public static class SoakScenario
{
    public static async Task<int> RunAsync(TimeSpan length, int viewers, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        const int DropsPerRound = 5;
        var round = TimeSpan.FromSeconds(10);
        await using var busy = await BusyConsole.StartAsync("soak run", output);
        var watcher = busy.Watcher;
        await using var crowd = new ViewerCrowd(busy.BaseAddress, watcher.CookieHeader);
        await crowd.GrowToAsync(viewers);
        await output.WriteLineAsync($"soak: {length.TotalMinutes:F0} min, {viewers} viewers, {DropsPerRound} dropped (no close handshake) and reconnected every {round.TotalSeconds:F0} s, {busy.Console.Scheduling}");
        await output.WriteLineAsync("minute  rss_mb  gc_heap_mb  server_viewers  drops  reconnects  failed");
        var random = new Random(5);
        var started = DateTime.UtcNow;
        var rss = new List<(double Minute, double Mb)>();
        var nextReading = started;
        var startLateness = await watcher.TickLatenessAsync();
        while (DateTime.UtcNow - started < length)
        {
            if (DateTime.UtcNow >= nextReading)
            {
                var metrics = await watcher.MetricsAsync();
                double minute = (DateTime.UtcNow - started).TotalMinutes;
                rss.Add((minute, metrics.ResidentBytes() / 1048576));
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{minute,6:F1}  {rss[^1].Mb,6:F1}  {metrics.HeapBytes() / 1048576,10:F1}  {metrics["cryoweb_viewers{kind=\"telemetry_hub\"}"],14}  {crowd.Drops,5}  {crowd.Reconnects,10}  {crowd.FailedReconnects,6}"));
                nextReading = nextReading.AddMinutes(1);
            }

            await crowd.ChurnAsync(DropsPerRound, random);
            await Task.Delay(round);
        }

        await Task.Delay(TimeSpan.FromSeconds(5));
        var end = await watcher.MetricsAsync();
        var lateness = (await watcher.TickLatenessAsync()).Since(startLateness);
        double endMb = end.ResidentBytes() / 1048576;
        double baseMb = rss.First(r => r.Minute >= 2).Mb;
        double growth = (endMb - baseMb) / baseMb * 100;
        double serverViewers = end["cryoweb_viewers{kind=\"telemetry_hub\"}"];
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"rss: at minute 2 {baseMb:F1} MB, end {endMb:F1} MB, growth {growth:F1} % (target < 10 %: {(growth < 10 ? "met" : "MISSED")}); peak {rss.Max(r => r.Mb):F1} MB"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"connections: {crowd.Drops} dropped, {crowd.Reconnects} reconnected, {crowd.FailedReconnects} failed; at the end {crowd.Connected} of {viewers} connected and receiving, the console counts {serverViewers} (target every one back: {(crowd.FailedReconnects == 0 && crowd.Connected == viewers && serverViewers == viewers ? "met" : "MISSED")})"));
        await output.WriteLineAsync("tick lateness over the soak: " + lateness.Describe());
        return 0;
    }
}
