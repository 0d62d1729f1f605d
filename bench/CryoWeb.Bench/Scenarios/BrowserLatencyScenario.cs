using System.Globalization;
using System.Text.Json;
using CryoWeb.Bench.Harness;

namespace CryoWeb.Bench.Scenarios;

/// <summary>
/// In headless Chromium on the live page (issue 5): sample-to-screen latency, from each sample's own timestamp to the
/// chart's draw that first shows it (target p95 < 150 ms), and emergency-stop latency, from the click event on the
/// STOP button to the valve bank's timestamp of the last valve closed (target p99 < 100 ms).
/// </summary>
public static class BrowserLatencyScenario
{
    public static async Task<int> RunAsync(TimeSpan drawing, int stops, TimeSpan recordedFirst, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var busy = await BusyConsole.StartAsync("latency run", output);
        var (console, operatorClient) = (busy.Console, busy.Operator);

        // The chart shows the last 10 minutes: drawing a full window is what a tablet does all procedure long.
        await Task.Delay(recordedFirst);
        await using var browser = await BenchBrowser.LaunchAsync();
        var context = await browser.SignedInContextAsync(console.BaseAddress, ConsoleUnderTest.Operator);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=live-chart]')?.cryowebChart?.pointCount() > 10", null, new() { Timeout = 60_000 });
        await output.WriteLineAsync($"browser latency: live page in headless Chromium (1280x800), 16 channels x 10 Hz, opened {recordedFirst.TotalMinutes:F0} min into the procedure, {console.Scheduling}");

        await Task.Delay(drawing);
        var drawn = await page.EvaluateAsync<double[]>("() => document.querySelector('[data-testid=live-chart]').cryowebChart.drawLatenciesMs()");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"sample-to-screen over {drawing.TotalSeconds:F0} s ({drawn.Length} samples): p50 {Statistics.Percentile(drawn, 0.5):F0} ms, p95 {Statistics.Percentile(drawn, 0.95):F0} ms, p99 {Statistics.Percentile(drawn, 0.99):F0} ms, max {drawn.Max():F0} ms (target p95 < 150 ms: {(Statistics.Percentile(drawn, 0.95) < 150 ? "met" : "MISSED")})"));

        if (Environment.GetEnvironmentVariable("BENCH_TRACE") == "1")
        {
            await output.WriteLineAsync("sample-to-screen by 10 ms: " + string.Join(" ", drawn.GroupBy(d => (int)(d / 10) * 10).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}")));
        }

        // Click time as the browser stamps the click event (its clock is this machine's, as is the console's).
        await page.EvaluateAsync("() => document.addEventListener('click', e => { if (e.target.closest('[data-testid=emergency-stop]')) window.stopClickedAtMs = performance.timeOrigin + e.timeStamp; }, true)");
        var latencies = new List<double>();
        for (int s = 0; s < stops; s++)
        {
            await operatorClient.SetModeAsync(1 + (s % 8), "Freeze");
            var before = await WaitForAsync(operatorClient, v => v.Any(x => x.GetProperty("valve").GetString() == "freeze" && x.GetProperty("open").GetBoolean()));
            var wereOpen = before.Where(x => x.GetProperty("open").GetBoolean()).Select(Name).ToHashSet();
            await page.WaitForTimeoutAsync(200 + Random.Shared.Next(300));
            await page.GetByTestId("emergency-stop").ClickAsync();
            double clicked = await page.EvaluateAsync<double>("() => window.stopClickedAtMs");
            var valves = await WaitForAsync(operatorClient, v => v.All(x => x.GetProperty("valve").GetString() == "vent" || !x.GetProperty("open").GetBoolean()));
            double closed = valves.Where(x => wereOpen.Contains(Name(x))).Max(x => x.GetProperty("changedAtUnixMs").GetDouble());
            latencies.Add(closed - clicked);
            (await operatorClient.PostAsync("api/emergency-stop/reset", null)).Dispose();
            await page.WaitForSelectorAsync("[data-testid=emergency-stop]", new() { Timeout = 10_000 });
            await page.WaitForSelectorAsync("[data-testid=estop-latched]", new() { State = Microsoft.Playwright.WaitForSelectorState.Detached, Timeout = 10_000 });
        }

        // The first stop is the console's first click on any page since it started: Blazor's event path is still cold.
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"first stop after start-up (no click on any page before it): {latencies[0]:F0} ms; the next ones, ms: ") + string.Join(" ", latencies.Skip(1).Take(30).Select(l => l.ToString("F0", CultureInfo.InvariantCulture))) + (latencies.Count > 31 ? " ..." : ""));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"emergency stop, click to last valve closed ({stops} stops, valve-bank timestamps in whole ms): p50 {Statistics.Percentile(latencies, 0.5):F0} ms, p95 {Statistics.Percentile(latencies, 0.95):F0} ms, p99 {Statistics.Percentile(latencies, 0.99):F0} ms, max {latencies.Max():F0} ms (target p99 < 100 ms: {(Statistics.Percentile(latencies, 0.99) < 100 ? "met" : "MISSED")})"));
        return 0;
    }

    private static string Name(JsonElement valve) => $"{valve.GetProperty("valve").GetString()} {valve.GetProperty("probe")}";

    private static async Task<JsonElement[]> WaitForAsync(ConsoleClient client, Func<JsonElement[], bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            using var body = await client.GetJsonAsync("api/valves");
            var valves = body.RootElement.EnumerateArray().Select(v => v.Clone()).ToArray();
            if (condition(valves))
            {
                return valves;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the valves did not reach the expected state within 10 s: " + body.RootElement);
            }

            await Task.Delay(20);
        }
    }
}
