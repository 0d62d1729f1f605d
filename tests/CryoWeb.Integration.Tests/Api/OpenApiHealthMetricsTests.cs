using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

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
        string text = await response.Content.ReadAsStringAsync();

        Assert.True(Value(text, "cryoweb_control_ticks_total") > 0, text);
        Assert.InRange(Value(text, "cryoweb_control_tick_lateness_milliseconds{percentile=\"99\"}"), Value(text, "cryoweb_control_tick_lateness_milliseconds{percentile=\"50\"}"), Value(text, "cryoweb_control_tick_lateness_milliseconds{percentile=\"100\"}"));
        // Overruns and the alarms they raise depend on how loaded the test machine is; their series must be there.
        Assert.InRange(Value(text, "cryoweb_control_overruns_total"), 0, Value(text, "cryoweb_control_ticks_total"));
        Assert.Equal(0, Value(text, "cryoweb_viewers{kind=\"telemetry_hub\"}"));
        Assert.Equal(0, Value(text, "cryoweb_viewers{kind=\"live_page\"}"));
        foreach (string priority in new[] { "high", "medium", "low", "information" })
        {
            Assert.True(Value(text, $"cryoweb_alarms_active{{priority=\"{priority}\"}}") >= 0);
        }

        Assert.Equal(0, Value(text, "cryoweb_storage_dropped_items_total"));
        Assert.Equal(0, Value(text, "cryoweb_frames_lost_total"));
        Assert.Contains("# TYPE cryoweb_control_ticks_total counter", text, StringComparison.Ordinal);

        // The console runs in this test process here, so its resident memory is this process's, as /proc reports it.
        double rss = Value(text, "process_resident_memory_bytes");
        double procRss = ResidentBytesFromProc();
        Assert.InRange(rss, procRss * 0.7, procRss * 1.3);
        Assert.True(Value(text, "process_cpu_seconds_total") > 0);
        Assert.InRange(Value(text, "dotnet_gc_heap_bytes"), 1, Value(text, "dotnet_gc_committed_bytes"));
        Assert.True(Value(text, "dotnet_gc_collections_total{generation=\"0\"}") >= Value(text, "dotnet_gc_collections_total{generation=\"2\"}"));
        Assert.Contains("# TYPE cryoweb_alarms_active gauge", text, StringComparison.Ordinal);
    }

    private static double ResidentBytesFromProc()
    {
        string line = File.ReadLines("/proc/self/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line["VmRSS:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>The value of the sample named exactly <paramref name="series"/> (name and labels); fails when absent.</summary>
    internal static double Value(string text, string series)
    {
        var match = Regex.Match(text, "^" + Regex.Escape(series) + " (\\S+)$", RegexOptions.Multiline);
        Assert.True(match.Success, $"no sample {series} in:\n{text}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
