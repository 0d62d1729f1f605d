using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CryoWeb.Controller.ControlThread;

namespace CryoWeb.WebUI.Tests.Api;

/// <summary>The machine endpoints: the OpenAPI document (signed in), /healthz and /metrics (details for this machine, the loopback caller here; see Security/ExposureTests for LAN callers).</summary>
public sealed class OpenApiHealthMetricsTests(ApiConsoleFixture fixture) : IClassFixture<ApiConsoleFixture>
{
    [Fact]
    public async Task The_openapi_document_lists_every_command_with_a_summary_and_both_sign_in_schemes()
    {
        using var response = await fixture.Console.As(CryoWeb.Controller.Commands.ConsoleRole.Reviewer).GetAsync("/api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await ApiConsole.ReadJsonAsync(response);
        var paths = document.GetProperty("paths");
        string[] commands =
        [
            "/api/probes/{probe}/mode", "/api/probes/{probe}/protocol/{action}", "/api/probes/{probe}/protocol/extend", "/api/protocols/start",
            "/api/emergency-stop", "/api/emergency-stop/reset", "/api/alarms/{id}/acknowledge", "/api/alarms/audio-pause",
            "/api/procedures", "/api/procedures/{id}/start", "/api/procedures/{id}/finish", "/api/simulator/faults",
        ];
        foreach (string path in commands)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the document");
            var operation = item.TryGetProperty("post", out var post) ? post : item.GetProperty("delete");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{path} has no summary");
        }

        Assert.True(paths.GetProperty("/api/protocol-presets").TryGetProperty("put", out _));
        Assert.True(paths.GetProperty("/api/status").TryGetProperty("get", out _));
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("cookie", schemes.GetProperty("cookie").GetProperty("in").GetString());
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task Healthz_answers_an_anonymous_loopback_caller_with_the_three_checks_healthy()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        HttpStatusCode code;
        System.Text.Json.JsonElement body;
        do
        {
            using var response = await fixture.Console.Anonymous.GetAsync("/healthz");
            code = response.StatusCode;
            body = await ApiConsole.ReadJsonAsync(response);
            if (code == HttpStatusCode.OK && body.GetProperty("status").GetString() == "Healthy")
            {
                break;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        Assert.True(code == HttpStatusCode.OK, body.ToString());
        foreach (string check in new[] { "control-loop", "storage", "hardware" })
        {
            var entry = body.GetProperty("checks").GetProperty(check);
            Assert.Equal("Healthy", entry.GetProperty("status").GetString());
            Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("description").GetString()), $"{check} has no description");
        }
    }

    [Fact]
    public async Task Metrics_answer_an_anonymous_loopback_caller_with_prometheus_text_and_the_named_series()
    {
        var console = fixture.Console;
        using var response = await console.Anonymous.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        string text = await response.Content.ReadAsStringAsync();

        double ticks = Value(text, "cryoweb_control_ticks_total");
        Assert.True(ticks > 0, text);

        // Tick lateness is a histogram in seconds: cumulative buckets from 0.1 ms, +Inf holding every tick it was given:
        // the ticks counted at this scrape, less the few that ticked between the two reads (and, had the first scrape
        // come after more than 96 s of ticks, those the lateness ring could not keep).
        Assert.Contains("# TYPE cryoweb_control_tick_lateness_seconds histogram", text, StringComparison.Ordinal);
        double[] buckets = [.. ControlLoopMetrics.LatenessBucketsSeconds.Select(b => Value(text, $"cryoweb_control_tick_lateness_seconds_bucket{{le=\"{b.ToString(CultureInfo.InvariantCulture)}\"}}"))];
        Assert.Equal(buckets.Order(), buckets);
        double count = Value(text, "cryoweb_control_tick_lateness_seconds_count");
        Assert.Equal(count, Value(text, "cryoweb_control_tick_lateness_seconds_bucket{le=\"+Inf\"}"));
        Assert.InRange(count, buckets[^1], ticks);
        Assert.InRange(count, Math.Min(ticks, PendingLateness.Capacity / 2) - 5, ticks);
        Assert.InRange(Value(text, "cryoweb_control_tick_lateness_seconds_sum"), 0, count * 10);

        // Overruns and the alarms they raise depend on how loaded the test machine is; their series must be there.
        Assert.InRange(Value(text, "cryoweb_control_overruns_total"), 0, ticks);
        Assert.Equal(1, Value(text, "cryoweb_control_loop_healthy"));
        Assert.Equal(0, Value(text, "cryoweb_viewers{kind=\"telemetry_hub\"}"));
        Assert.Equal(0, Value(text, "cryoweb_viewers{kind=\"live_page\"}"));
        foreach (string priority in new[] { "high", "medium", "low", "information" })
        {
            Assert.True(Value(text, $"cryoweb_alarms_active{{priority=\"{priority}\"}}") >= 0);
        }

        Assert.Equal(0, Value(text, "cryoweb_storage_dropped_items_total"));
        Assert.Equal(1, Value(text, "cryoweb_storage_healthy"));
        Assert.Equal(0, Value(text, "cryoweb_frames_lost_total"));
        Assert.Contains("# TYPE cryoweb_control_ticks_total counter", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE cryoweb_alarms_active gauge", text, StringComparison.Ordinal);

        // The process and runtime families. The console runs in this test process here, so its resident memory is this
        // process's, as /proc reports it.
        double procRss = ResidentBytesFromProc();
        Assert.InRange(Value(text, "process_memory_usage_bytes"), procRss * 0.7, procRss * 1.3);
        Assert.InRange(Value(text, "dotnet_process_memory_working_set_bytes"), procRss * 0.7, procRss * 1.3);
        Assert.True(Value(text, "process_cpu_time_seconds_total{cpu_mode=\"user\"}") > 0);
        double heap = new[] { "gen0", "gen1", "gen2", "loh", "poh" }.Sum(g => Value(text, $"dotnet_gc_last_collection_heap_size_bytes{{gc_heap_generation=\"{g}\"}}"));
        Assert.InRange(heap, 1, Value(text, "dotnet_gc_last_collection_memory_committed_size_bytes"));
        Assert.True(new[] { "gen0", "gen1", "gen2" }.Sum(g => Value(text, $"dotnet_gc_collections_total{{gc_heap_generation=\"{g}\"}}")) > 0);
        Assert.True(Value(text, "process_threads") > 1);
        Assert.True(Value(text, "dotnet_thread_pool_threads") >= 1);
        Assert.True(Value(text, "dotnet_gc_pause_time_seconds_total") >= 0);
    }

    private static double ResidentBytesFromProc()
    {
        string line = File.ReadLines("/proc/self/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line["VmRSS:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>The value of the sample named exactly <paramref name="series"/> (name and labels; a sample without labels may be written name{}); fails when absent.</summary>
    internal static double Value(string text, string series)
    {
        var match = Regex.Match(text, "^" + Regex.Escape(series) + (series.EndsWith('}') ? "" : "(?:\\{\\})?") + " (\\S+)$", RegexOptions.Multiline);
        Assert.True(match.Success, $"no sample {series} in:\n{text}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
