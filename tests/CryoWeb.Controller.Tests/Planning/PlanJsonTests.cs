using CryoWeb.Controller.Configuration;
using System.Numerics;
using System.Text.Json;
using CryoWeb.Controller.Planning;

namespace CryoWeb.Controller.Tests.Planning;

/// <summary>Plan files: the samples parse, and every mistake is reported with the field that is wrong.</summary>
public class PlanJsonTests
{
    private const string TwoProbes = """
        { "gridSpacingMm": 3, "marginMm": 20,
          "probes": [ { "name": "P1", "tipMm": [0, 0, 0] }, { "name": "P2", "tipMm": [15, 0, 0] } ] }
        """;

    private static string Plan(string protocol, string layout = TwoProbes, string extra = "") =>
        $$"""{ "layout": {{layout}}, "protocol": {{protocol}}{{extra}} }""";

    private static string SamplesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CryoWeb.sln")))
            {
                return Path.Combine(dir.FullName, "samples", "plans");
            }
        }

        throw new InvalidOperationException($"No CryoWeb.sln above {AppContext.BaseDirectory}.");
    }

    private static PlanFile ParseSample(string name) => PlanJson.Parse(File.ReadAllText(Path.Combine(SamplesDirectory(), name)));

    [Fact]
    public void Every_sample_plan_parses()
    {
        var files = Directory.GetFiles(SamplesDirectory(), "*.json");
        Assert.True(files.Length >= 2, $"{files.Length} sample plans found");
        Assert.All(files, f => Assert.NotEmpty(PlanJson.Parse(File.ReadAllText(f)).Protocol));
    }

    [Fact]
    public void Single_probe_sample_is_the_design_anchor_with_default_reporting()
    {
        var plan = ParseSample("single-probe-10min.json");
        var probe = Assert.Single(plan.Layout.Probes);
        Assert.Equal("P1", probe.Name);
        Assert.Equal(Vector3.UnitZ, probe.TowardHandle);
        Assert.Equal(1.5, probe.DiameterMm);
        Assert.Equal(new Vector3(10, 0, 15), Assert.Single(plan.Layout.Sensors).PositionMm);
        var step = Assert.Single(plan.Protocol);
        Assert.Equal((PlanMode.Freeze, 100.0, 10.0), (step.Mode, step.PowerPercent, step.Minutes));
        Assert.Empty(step.Probes);
        Assert.Equal(60, plan.ReportEverySeconds);
        Assert.Equal([0.0, -20, -40], plan.IsothermsCelsius);
    }

    [Fact]
    public void Double_freeze_sample_has_three_probes_and_four_steps()
    {
        var plan = ParseSample("double-freeze-3-probes.json");
        Assert.Equal(["P1", "P2", "P3"], plan.Layout.Probes.Select(p => p.Name));
        Assert.Equal(new Vector3(15, 0, 0), plan.Layout.Probes[2].TipMm);
        Assert.Equal(["TS1 margin", "TS2 urethra"], plan.Layout.Sensors.Select(s => s.Name));
        Assert.Equal(7, plan.Layout.Seed);
        Assert.Equal(4500, plan.Layout.ArgonTank.InitialPsi);
        Assert.Equal(
            ["Freeze 100% 10 min", "Passive thaw 8 min", "Freeze 100% 10 min", "Active thaw 3 min"],
            plan.Protocol.Select(s => s.Describe()));
    }

    [Theory]
    [InlineData("""[ { "mode": "Freeze", "powerPrecent": 50, "minutes": 1 } ]""", "protocol[0].powerPrecent: ")]
    [InlineData("""[ { "mode": "Freez", "minutes": 1 } ]""", "protocol[0].mode: ")]
    [InlineData("""[ { "mode": "Freeze", "minutes": 1 }, { "mode": "PassiveThaw", "minutes": 0 } ]""", "protocol[1].minutes: ")]
    [InlineData("""[ { "mode": "Freeze", "minutes": 241 } ]""", "protocol[0].minutes: ")]
    [InlineData("""[ { "mode": "Freeze", "powerPercent": 5, "minutes": 1 } ]""", "protocol[0].powerPercent: ")]
    [InlineData("""[ { "mode": "Freeze", "minutes": 1, "probes": [3] } ]""", "protocol[0].probes: probe 3 does not exist")]
    [InlineData("""[ { "mode": "Freeze", "minutes": 1, "probes": [0] } ]""", "protocol[0].probes: probe 0 does not exist")]
    [InlineData("[]", "protocol: ")]
    [InlineData("""[ { "mode": 42, "minutes": 1 } ]""", "protocol[0].mode: ")]
    public void A_bad_step_is_named_by_its_index_and_field(string protocol, string expected)
    {
        var e = Assert.Throws<PlanException>(() => PlanJson.Parse(Plan(protocol)));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_files_mode_names_are_the_consoles_and_numbers_keep_their_plan_file_meaning()
    {
        // Saved plans name their modes; every name is the console's own mode of the same name.
        foreach (var mode in Enum.GetValues<PlanMode>())
        {
            Assert.Equal(mode.ToString(), mode.ToProbeMode().ToString());
            Assert.Equal(mode, mode.ToProbeMode().ToPlanMode());
        }

        // A plan written with numbers keeps its meaning: 0 is Freeze in a plan file (Off on the console).
        var plan = PlanJson.Parse(Plan("""[ { "mode": 0, "minutes": 1 }, { "mode": "Stick", "minutes": 1 } ]"""));
        Assert.Equal([PlanMode.Freeze, PlanMode.Stick], plan.Protocol.Select(s => s.Mode));
    }

    [Fact]
    public void Mode_names_are_listed_when_the_mode_is_not_one()
    {
        var e = Assert.Throws<PlanException>(() => PlanJson.Parse(Plan("""[ { "mode": 42, "minutes": 1 } ]""")));
        Assert.Contains("(Freeze, Stick, PassiveThaw, ActiveThaw, Off)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_mode_name_lists_the_modes()
    {
        var e = Assert.Throws<PlanException>(() => PlanJson.Parse(Plan("""[ { "mode": "Freez", "minutes": 1 } ]""")));
        Assert.EndsWith("Modes are Freeze, Stick, PassiveThaw, ActiveThaw, Off.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_vector_is_named_by_its_path()
    {
        string layout = """{ "probes": [ { "tipMm": [1, 2] } ] }""";
        var e = Assert.Throws<PlanException>(() => PlanJson.Parse(Plan("""[ { "mode": "Freeze", "minutes": 1 } ]""", layout)));
        Assert.StartsWith("layout.probes[0].tipMm: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("[x, y, z]", e.Message, StringComparison.Ordinal);
        Assert.IsType<JsonException>(e.InnerException);
    }

    [Fact]
    public void A_bad_layout_is_prefixed_with_layout()
    {
        string layout = """{ "gridSpacingMm": 0.1, "probes": [ { "tipMm": [0, 0, 0] } ] }""";
        var e = Assert.Throws<PlanException>(() => PlanJson.Parse(Plan("""[ { "mode": "Freeze", "minutes": 1 } ]""", layout)));
        Assert.StartsWith("layout: GridSpacingMm must be between 0.5 and 3 mm", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(""", "reportEverySeconds": 0""", "reportEverySeconds: ")]
    [InlineData(""", "isothermsCelsius": [0, 40]""", "isothermsCelsius: ")]
    [InlineData(""", "isothermsCelsius": []""", "isothermsCelsius: ")]
    [InlineData(""", "reportEvery": 30""", "reportEvery: ")]
    public void A_bad_top_level_field_is_named(string extra, string expected)
    {
        var e = Assert.Throws<PlanException>(() => PlanJson.Parse(Plan("""[ { "mode": "Freeze", "minutes": 1 } ]""", extra: extra)));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_adding_up_to_more_than_a_day_are_refused()
    {
        string protocol = "[" + string.Join(", ", Enumerable.Repeat("""{ "mode": "PassiveThaw", "minutes": 240 }""", 7)) + "]";
        var e = Assert.Throws<PlanException>(() => PlanJson.Parse(Plan(protocol)));
        Assert.Equal("protocol: the steps add up to more than 24 hours.", e.Message);
    }

    [Fact]
    public void Invalid_json_is_a_plan_error_not_a_crash()
    {
        var e = Assert.Throws<PlanException>(() => PlanJson.Parse("""{ "layout": { "probes": [ ] """));
        Assert.IsType<JsonException>(e.InnerException, exactMatch: false);
        Assert.DoesNotContain("Path:", e.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Theory]
    [InlineData("""{ "layout": LAYOUT, "protocol": null }""", "protocol: ")]
    [InlineData("""{ "layout": LAYOUT, "protocol": [ STEP, null ] }""", "protocol[1]: ")]
    [InlineData("""{ "layout": null, "protocol": [ STEP ] }""", "layout: ")]
    [InlineData("""{ "layout": { "probes": null }, "protocol": [ STEP ] }""", "layout.probes: ")]
    [InlineData("""{ "layout": { "probes": [ null ] }, "protocol": [ STEP ] }""", "layout: Probes[0]: ")]
    [InlineData("""{ "layout": { "probes": [ { "name": null } ] }, "protocol": [ STEP ] }""", "layout.probes[0].name: ")]
    [InlineData("""{ "layout": LAYOUT, "protocol": [ { "mode": "Freeze", "minutes": 1, "probes": null } ] }""", "protocol[0].probes: ")]
    [InlineData("""{ "layout": LAYOUT, "protocol": [ STEP ], "isothermsCelsius": null }""", "isothermsCelsius: ")]
    public void A_null_where_a_value_belongs_is_named_not_a_crash(string json, string expected)
    {
        json = json.Replace("LAYOUT", TwoProbes, StringComparison.Ordinal)
            .Replace("STEP", """{ "mode": "Freeze", "minutes": 1 }""", StringComparison.Ordinal);
        var e = Assert.Throws<PlanException>(() => PlanJson.Parse(json));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_is_a_plan_error_that_says_so()
    {
        var e = Assert.Throws<PlanException>(() => PlanJson.Parse("null"));
        Assert.Equal("the file holds no plan (it is 'null').", e.Message);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var plan = PlanJson.Parse("""
            {
              // a comment
              "layout": { "probes": [ { "tipMm": [0, 0, 0], }, ], },
              "protocol": [ { "mode": "Stick", "minutes": 2, }, ],
            }
            """);
        // A stick step runs at the controller's stick power: the freeze valve is open that share of the step.
        var options = new ControllerOptions();
        var step = Assert.Single(plan.Protocol);
        Assert.Equal(PlanMode.Stick, step.Mode);
        long open = PlanValveSchedule.Spans(plan.Protocol, 1, options).Where(s => s.FreezeOpen(0)).Sum(s => s.Duration.Ticks);
        Assert.Equal(options.StickPowerPercent / 100, open / (double)TimeSpan.FromMinutes(2).Ticks, 6);
    }
}
