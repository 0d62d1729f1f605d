using System.Globalization;
using System.Text.Json;
using CryoWeb.Bench.Harness;

namespace CryoWeb.Bench.Scenarios;

/// <summary>
/// Issue 7: does the live iceball estimate disturb the control thread? The busy console (8 probes cycling, 16 channels
/// at 10 Hz, a procedure recording) is measured twice for the same length: with the estimator idle (no layout), and
/// with it estimating all 8 probes and 8 sensors (20 tissue models). Reports tick lateness, the console's CPU and GCs in
/// each window, and the estimator's own CPU time.
/// </summary>
public static class IceballLoadScenario
{
    /// <summary>The 16-channel bench layout (bench/layouts/sixteen-channels.json) in mm from a target between its probes.</summary>
    private static readonly string Layout = JsonSerializer.Serialize(new
    {
        probes = new[] { -22.5, -7.5, 7.5, 22.5, -22.5, -7.5, 7.5, 22.5 }.Select((x, i) => new { probe = i + 1, tipXMm = x, tipYMm = i < 4 ? -7.5 : 7.5, tipZMm = -15.0 }),
        sensors = new[] { (0, -25), (0, 25), (-40, 0), (40, 0), (-20, -20), (20, 20), (-30, 15), (30, -15) }.Select((p, i) => new { channel = 8 + i, xMm = (double)p.Item1, yMm = (double)p.Item2, zMm = 0.0 }),
        target = new { radiusXMm = 30.0, radiusYMm = 15.0, radiusZMm = 15.0, marginMm = 5.0 },
    });

    public static async Task<int> RunAsync(TimeSpan window, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var busy = await BusyConsole.StartAsync("iceball load run", output);
        var watcher = busy.Watcher;
        await output.WriteLineAsync($"iceball load: windows of {window.TotalMinutes:F0} min, 16 channels x 10 Hz, 8 probes freezing/thawing, {busy.Console.Scheduling}");
        var started = DateTime.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(60));
        var idle = await ConsoleWindow.MeasureAsync(watcher, window);
        await output.WriteLineAsync("estimator idle:       " + idle.Describe());

        string procedure = (await Iceball(watcher)).GetProperty("procedureId").GetString()!;
        (await busy.Operator.PutAsync($"api/procedures/{procedure}/iceball/layout", Layout)).Dispose();
        var catchUp = DateTime.UtcNow;
        while ((await Iceball(watcher)).GetProperty("state").GetString() != "Estimating")
        {
            await Task.Delay(500);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"layout given {(catchUp - started).TotalMinutes:F1} min into the procedure; replaying them took {(DateTime.UtcNow - catchUp).TotalSeconds:F1} s"));
        double busyBefore = (await Iceball(watcher)).GetProperty("estimatorBusySeconds").GetDouble();
        var estimating = await ConsoleWindow.MeasureAsync(watcher, window);
        var last = await Iceball(watcher);
        double busyAfter = last.GetProperty("estimatorBusySeconds").GetDouble();
        await output.WriteLineAsync("estimator estimating: " + estimating.Describe());

        var estimate = last.GetProperty("estimate");
        var minus20 = estimate.GetProperty("isotherms").EnumerateArray().Single(i => i.GetProperty("celsius").GetDouble() == -20);
        double ratio = estimating.Lateness.Percentile(0.99) / idle.Lateness.Percentile(0.99);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"estimator busy {(busyAfter - busyBefore) / estimating.Length.TotalSeconds * 100:F2} % of the time (13 models, 8 probes); last estimate: -20 C {minus20.GetProperty("widthMm").GetDouble():F1} x {minus20.GetProperty("lengthMm").GetDouble():F1} mm, target below -20 C {minus20.GetProperty("targetCoveredPercent").GetDouble():F1} %, sensor RMS {estimate.GetProperty("agreement").GetProperty("rmsCelsius")} C"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"tick lateness p99 estimating / idle: {ratio:F2}x; p99.9 {idle.Lateness.Percentile(0.999):F2} -> {estimating.Lateness.Percentile(0.999):F2} ms; max {idle.Lateness.MaxMilliseconds:F2} -> {estimating.Lateness.MaxMilliseconds:F2} ms"));
        return 0;
    }

    private static async Task<JsonElement> Iceball(ConsoleClient client)
    {
        using var document = await client.GetJsonAsync("api/iceball");
        return document.RootElement.Clone();
    }
}
