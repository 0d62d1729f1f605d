using System.Net;
using CryoWeb.WebUI.Api.Metrics;

namespace CryoWeb.WebUI.Tests.Api;

/// <summary>
/// /metrics is what Prometheus' own checker accepts: `promtool check metrics` (Debian package prometheus, installed by
/// scripts/test.sh) finds nothing to object to in what a running console serves (base units, counter suffixes, help).
/// </summary>
public sealed class MetricsExpositionTests(ApiConsoleFixture fixture) : IClassFixture<ApiConsoleFixture>
{
    [Fact]
    public async Task Promtool_check_metrics_finds_no_problem_in_the_served_metrics()
    {
        string? promtool = ToolRun.Find("promtool");
        Assert.True(promtool is not null, "promtool is not installed: `apt-get install prometheus` (scripts/test.sh does it)");
        using var response = await fixture.Console.Anonymous.GetAsync(MetricsExport.Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string text = await response.Content.ReadAsStringAsync();
        Assert.Contains("cryoweb_control_tick_lateness_seconds_bucket", text, StringComparison.Ordinal);
        Assert.Contains("process_cpu_time_seconds_total", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_collections_total", text, StringComparison.Ordinal);

        var check = await ToolRun.RunAsync(promtool!, ["check", "metrics"], Path.GetTempPath(), TimeSpan.FromMinutes(1), standardInput: text);

        Assert.True(check.ExitCode == 0 && string.IsNullOrWhiteSpace(check.Output), $"promtool (exit {check.ExitCode}):\n{check.Output}\n--- scraped:\n{text}");
    }

    [Fact]
    public async Task Promtool_objects_to_a_metric_in_milliseconds_so_its_silence_means_something()
    {
        string? promtool = ToolRun.Find("promtool");
        Assert.True(promtool is not null, "promtool is not installed: `apt-get install prometheus` (scripts/test.sh does it)");
        const string Old = "# HELP cryoweb_control_tick_lateness_milliseconds How late control ticks started.\n" +
            "# TYPE cryoweb_control_tick_lateness_milliseconds gauge\ncryoweb_control_tick_lateness_milliseconds{percentile=\"99\"} 0.2\n";

        var check = await ToolRun.RunAsync(promtool!, ["check", "metrics"], Path.GetTempPath(), TimeSpan.FromMinutes(1), standardInput: Old);

        Assert.NotEqual(0, check.ExitCode);
        Assert.Contains("base unit", check.Output, StringComparison.Ordinal);
    }
}
