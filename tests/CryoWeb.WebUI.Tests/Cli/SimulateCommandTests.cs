using System.Text.Json;
using CryoWeb.WebUI.Cli;

namespace CryoWeb.WebUI.Tests.Cli;

/// <summary>The <c>simulate</c> command line: exit codes, messages and the JSON it writes.</summary>
public sealed class SimulateCommandTests : IDisposable
{
    /// <summary>One probe on a coarse grid, frozen for a minute, reported every 20 s: three reports in well under a second.</summary>
    private const string TinyPlan = """
        {
          "layout": {
            "gridSpacingMm": 3, "marginMm": 20,
            "probes": [ { "name": "P1", "tipMm": [0, 0, 0] } ],
            "sensors": [ { "name": "TS1", "positionMm": [8, 0, 15] } ]
          },
          "protocol": [ { "mode": "Freeze", "powerPercent": 100, "minutes": 1 } ],
          "reportEverySeconds": 20
        }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("cryoweb-simulate-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private string Write(string name, string json)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, json);
        return path;
    }

    private Task<int> RunAsync(params string[] args) => SimulateCommand.RunAsync(args, _output, _error);

    private static void AssertTinyPlanResult(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Matches(@"^\d+x\d+x\d+ cells of 3 mm$", root.GetProperty("grid").GetString());
        var reports = root.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal([1.0 / 3, 2.0 / 3, 1], reports.Select(r => r.GetProperty("minute").GetDouble()), (a, b) => Math.Abs(a - b) < 1e-3);
        Assert.All(reports, r =>
        {
            Assert.Equal("Freeze 100% 1 min", r.GetProperty("step").GetString());
            Assert.Equal(3, r.GetProperty("isotherms").GetArrayLength());
            Assert.True(r.GetProperty("probeTips").GetProperty("P1").GetDouble() < -120);
            Assert.True(r.GetProperty("sensors").TryGetProperty("TS1", out _));
        });
    }

    [Fact]
    public async Task No_arguments_prints_the_usage_and_fails()
    {
        Assert.Equal(2, await RunAsync());
        Assert.StartsWith("simulate: no plan file given. usage: simulate PLAN.json", _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_output.ToString());
    }

    [Fact]
    public async Task Help_prints_the_usage_and_succeeds()
    {
        Assert.Equal(0, await RunAsync("--help"));
        Assert.StartsWith("usage: simulate PLAN.json [--output RESULT.json]", _error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--verbose")]
    [InlineData("second.json")]
    public async Task An_unexpected_argument_is_named(string extra)
    {
        Assert.Equal(2, await RunAsync("plan.json", extra));
        Assert.StartsWith($"simulate: unexpected argument '{extra}'.", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_plan_file_is_named()
    {
        string path = Path.Combine(_directory, "no-such-plan.json");
        Assert.Equal(2, await RunAsync(path));
        Assert.StartsWith($"simulate: cannot read plan file '{path}': ", _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_output.ToString());
    }

    [Fact]
    public async Task A_bad_plan_names_the_file_and_the_field()
    {
        string path = Write("bad.json", TinyPlan.Replace("\"minutes\": 1", "\"minutes\": 0", StringComparison.Ordinal));
        Assert.Equal(2, await RunAsync(path));
        Assert.StartsWith($"simulate: {path}: protocol[0].minutes: ", _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_output.ToString());
    }

    [Fact]
    public async Task A_valid_plan_prints_its_reports_as_json()
    {
        Assert.Equal(0, await RunAsync(Write("tiny.json", TinyPlan)));
        AssertTinyPlanResult(_output.ToString());
        Assert.StartsWith("simulate: 1 min simulated in ", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("x real time) on ", _error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--output")]
    [InlineData("-o")]
    public async Task Output_writes_the_reports_to_the_file_instead(string option)
    {
        string result = Path.Combine(_directory, "result.json");
        Assert.Equal(0, await RunAsync(option, result, Write("tiny.json", TinyPlan)));
        Assert.Empty(_output.ToString());
        AssertTinyPlanResult(await File.ReadAllTextAsync(result));
        Assert.Contains("x real time", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unwritable_output_file_fails_with_its_path()
    {
        string result = Path.Combine(_directory, "no-such-folder", "result.json");
        Assert.Equal(2, await RunAsync("--output", result, Write("tiny.json", TinyPlan)));
        Assert.StartsWith($"simulate: cannot write result file '{result}': ", _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_output.ToString());
    }

    [Fact]
    public async Task The_probes_are_driven_with_the_sites_controller_settings()
    {
        // Half power: the valve opens for half of each duty window, so the window's length shows in the tip's curve.
        string plan = Write("half.json", TinyPlan.Replace("\"powerPercent\": 100", "\"powerPercent\": 50", StringComparison.Ordinal));
        string site = Write("site.json", """{ "Controller": { "DutyWindow": "00:00:20" } }""");

        Assert.Equal(0, await RunAsync(plan));
        string byDefault = Tips(_output.ToString());
        _output.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync(plan, "--Controller:DutyWindow", "00:00:20"));
        string byArgument = Tips(_output.ToString());
        _output.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync(plan, "--settings", site));

        Assert.NotEqual(byDefault, byArgument);
        Assert.Equal(byArgument, Tips(_output.ToString()));
    }

    [Theory]
    [InlineData("--Controller:DutyWindowSeconds", "4", "Controller:DutyWindowSeconds")]
    [InlineData("--Controller:StickPowerPercent", "80", "StickPowerPercent")]
    [InlineData("--Controller:DutyWindow", "soon", "Controller:DutyWindow")]
    public async Task A_controller_setting_the_console_would_refuse_is_refused_and_named(string key, string value, string named)
    {
        Assert.Equal(2, await RunAsync(Write("tiny.json", TinyPlan), key, value));
        Assert.StartsWith("simulate: ", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains(named, _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_output.ToString());
    }

    /// <summary>The probe tip temperatures of every report, as text.</summary>
    private static string Tips(string json)
    {
        using var document = JsonDocument.Parse(json);
        return string.Join(" ", document.RootElement.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("probeTips").GetProperty("P1").GetDouble().ToString("F3", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
