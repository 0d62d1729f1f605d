using System.Net;
using System.Text.Json;
using CryoWeb.Controller.Commands;

namespace CryoWeb.WebUI.Tests.Api;

/// <summary>GET /api/valves and GET /api/diagnostics/tick-lateness: read-only views the benchmarks and service staff use.</summary>
public sealed class DiagnosticsEndpointsTests
{
    [Fact]
    public async Task Valves_show_what_the_frames_drove_and_when_it_changed()
    {
        await using var console = await ApiConsole.StartAsync();
        await console.WaitForStatusAsync(s => s.GetProperty("live").GetProperty("controllerLinkOk").GetBoolean(), "the controller link is up");
        var valves = await ValvesAsync(console);
        Assert.Equal(["freeze 1", "thaw 1", "freeze 2", "thaw 2", "argon-supply ", "thaw-supply ", "vent "], valves.Select(v => $"{v.GetProperty("valve").GetString()} {Probe(v)}"));
        Assert.All(valves, v => Assert.False(v.GetProperty("open").GetBoolean()));

        await console.StartProcedureAsync();
        long before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await console.CommandAsync("/api/probes/1/mode", """{"mode":"Freeze","powerPercent":100}""");
        await console.WaitForStatusAsync(s => s.GetProperty("live").GetProperty("probes")[0].GetProperty("mode").GetString() == "Freeze", "probe 1 freezes");
        valves = await ValvesAsync(console);
        var freeze1 = valves[0];
        Assert.True(freeze1.GetProperty("open").GetBoolean(), freeze1.ToString());
        Assert.InRange(freeze1.GetProperty("changedAtUnixMs").GetInt64(), before, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Assert.True(valves[4].GetProperty("open").GetBoolean(), "the argon supply opens for a freeze");
        Assert.False(valves[2].GetProperty("open").GetBoolean(), "probe 2 stays closed");

        long stopped = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await console.CommandAsync("/api/emergency-stop");
        // Read from the published frames (never the valve bank, whose lock the control thread holds): the next frame shows it.
        valves = await ValvesWhenAsync(console, v => v[6].GetProperty("open").GetBoolean());
        Assert.All(valves.Where(v => v.GetProperty("valve").GetString() != "vent"), v => Assert.False(v.GetProperty("open").GetBoolean(), v.ToString()));
        Assert.True(valves[6].GetProperty("open").GetBoolean(), "the emergency stop opens the vent");
        Assert.InRange(freeze1.GetProperty("changedAtUnixMs").GetInt64(), before, stopped);
        Assert.True(valves[0].GetProperty("changedAtUnixMs").GetInt64() >= stopped, "the freeze valve closed after the stop was asked for");
    }

    [Fact]
    public async Task Tick_lateness_is_a_histogram_of_every_tick_for_watchers_only()
    {
        await using var console = await ApiConsole.StartAsync();
        await console.WaitForStatusAsync(s => s.GetProperty("live").GetProperty("controllerLinkOk").GetBoolean(), "the controller link is up");
        using (var anonymous = await console.Anonymous.GetAsync("/api/diagnostics/tick-lateness"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using var response = await console.As(ConsoleRole.Supervisor).GetAsync("/api/diagnostics/tick-lateness");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ApiConsole.ReadJsonAsync(response);
        Assert.Equal(0.01, body.GetProperty("bucketMilliseconds").GetDouble());
        long ticks = body.GetProperty("ticks").GetInt64();
        Assert.True(ticks > 0);
        var buckets = body.GetProperty("buckets").EnumerateArray().Select(b => (Index: b[0].GetInt64(), Count: b[1].GetInt64())).ToList();
        Assert.All(buckets, b => Assert.True(b.Count > 0 && b.Index is >= 0 and <= 5000, $"bucket {b}"));
        Assert.Equal(buckets.OrderBy(b => b.Index), buckets);

        // The ticks and the buckets are read a moment apart while the loop runs: at most a tick or two between them.
        Assert.InRange(buckets.Sum(b => b.Count), ticks - 2, ticks + 2);
        // The maximum lies in the highest bucket read, unless the tick that set it was counted after the buckets were
        // read (fewer ticks in the buckets than in the count), or it is beyond the last bucket.
        double highest = (buckets[^1].Index + 1) * 0.01;
        bool missedATick = buckets.Sum(b => b.Count) < ticks;
        Assert.True(body.GetProperty("maxMilliseconds").GetDouble() <= highest + 1e-9 || missedATick || buckets[^1].Index == 5000, body.ToString());
    }

    private static string Probe(JsonElement valve) => valve.GetProperty("probe").ValueKind == JsonValueKind.Null ? "" : valve.GetProperty("probe").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<JsonElement[]> ValvesWhenAsync(ApiConsole console, Func<JsonElement[], bool> shown)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        var valves = await ValvesAsync(console);
        while (!shown(valves) && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(20);
            valves = await ValvesAsync(console);
        }

        return valves;
    }

    private static async Task<JsonElement[]> ValvesAsync(ApiConsole console)
    {
        using var response = await console.As(ConsoleRole.Supervisor).GetAsync("/api/valves");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ApiConsole.ReadJsonAsync(response)).EnumerateArray().ToArray();
    }
}
