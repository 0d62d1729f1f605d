using CryoWeb.Controller.Configuration;
using System.Numerics;
using System.Text.Json;
using CryoWeb.Controller.Planning;
using CryoWeb.Thermal.Layout;
using CryoWeb.Thermal.Probes;

namespace CryoWeb.Controller.Tests.Planning;

/// <summary>Planning runs on a coarse grid: report timing, freeze power, probe selection and determinism.</summary>
public class PlanRunnerTests
{
    private static SimulatedProbe Probe(string name, float x) => new() { Name = name, TipMm = new Vector3(x, 0, 0), ActiveLengthMm = 30, DiameterMm = 1.5 };

    private static PlanFile Plan(params PlanStep[] steps) => new()
    {
        Layout = new SimulationLayout
        {
            Probes = [Probe("P1", 0)],
            Sensors = [new SimulatedThermalSensor { Name = "TS1", PositionMm = new Vector3(8, 0, 15) }],
            GridSpacingMm = 3,
            MarginMm = 20,
        },
        Protocol = steps,
    };

    private static PlanStep Freeze(double minutes, double power = 100, params int[] probes) =>
        new() { Mode = PlanMode.Freeze, PowerPercent = power, Minutes = minutes, Probes = probes };

    private static PlanStep Step(PlanMode mode, double minutes) => new() { Mode = mode, Minutes = minutes };

    private static PlanReport Last(PlanFile plan) => PlanRunner.Run(plan).Reports[^1];

    [Fact]
    public void Reports_every_minute_with_the_step_that_was_running()
    {
        var result = PlanRunner.Run(Plan(Freeze(2), Step(PlanMode.PassiveThaw, 1)));

        Assert.Equal([1.0, 2, 3], result.Reports.Select(r => r.Minute));
        Assert.Equal(["Freeze 100% 2 min", "Freeze 100% 2 min", "Passive thaw 1 min"], result.Reports.Select(r => r.Step));
        Assert.Equal(180, result.SimulatedSeconds, 6);
        Assert.Matches(@"^\d+x\d+x\d+ cells of 3 mm$", result.Grid);
        Assert.All(result.Reports, r =>
        {
            Assert.Equal([0.0, -20, -40], r.Isotherms.Select(i => i.Celsius));
            Assert.Equal(["P1"], r.ProbeTips.Keys);
            Assert.Equal(["TS1"], r.Sensors.Keys);
        });

        // Argon is drawn while freezing and not while thawing.
        Assert.True(result.Reports[0].ArgonPsi < 4500 && result.Reports[1].ArgonPsi < result.Reports[0].ArgonPsi);
        Assert.Equal(result.Reports[1].ArgonPsi, result.Reports[2].ArgonPsi);
    }

    [Fact]
    public void Reports_fall_on_whole_report_intervals_and_at_the_end_of_the_plan()
    {
        var result = PlanRunner.Run(Plan(Step(PlanMode.PassiveThaw, 2)) with { ReportEverySeconds = 45 });
        Assert.Equal([0.75, 1.5, 2], result.Reports.Select(r => r.Minute));
        Assert.Equal(120, result.SimulatedSeconds, 6);
    }

    [Fact]
    public void Half_power_freezes_less_than_full_power_and_more_than_passive_thaw()
    {
        var full = Last(Plan(Freeze(3)));
        var half = Last(Plan(Freeze(3, power: 50)));
        var passive = Last(Plan(Step(PlanMode.PassiveThaw, 3)));

        double tipFull = full.ProbeTips["P1"], tipHalf = half.ProbeTips["P1"], tipPassive = passive.ProbeTips["P1"];
        Assert.True(tipFull < -130, $"100 %: tip {tipFull} C");
        Assert.True(tipFull + 20 < tipHalf && tipHalf + 20 < tipPassive, $"tips 100 % {tipFull}, 50 % {tipHalf}, passive {tipPassive} C");
        Assert.InRange(tipPassive, 36.5, 37.5);

        double iceFull = full.Isotherms[0].VolumeMilliliters, iceHalf = half.Isotherms[0].VolumeMilliliters;
        Assert.True(iceFull > iceHalf && iceHalf > 0, $"0 C volume 100 % {iceFull} mL, 50 % {iceHalf} mL");
        Assert.Equal(0, passive.Isotherms[0].VolumeMilliliters);
        Assert.True(full.Sensors["TS1"] < half.Sensors["TS1"], $"TS1 8 mm away: 100 % {full.Sensors["TS1"]}, 50 % {half.Sensors["TS1"]} C");
    }

    [Fact]
    public void A_stronger_stick_power_in_the_controllers_options_makes_a_bigger_plan_iceball()
    {
        var plan = Plan(Step(PlanMode.Stick, 3));
        var console = PlanRunner.Run(plan).Reports[^1];
        var stronger = PlanRunner.Run(plan, options: new ControllerOptions { StickPowerPercent = 40 }).Reports[^1];

        double tipConsole = console.ProbeTips["P1"], tipStronger = stronger.ProbeTips["P1"];
        Assert.True(tipStronger + 10 < tipConsole, $"stick tips: 15 % {tipConsole} C, 40 % {tipStronger} C");
        Assert.True(stronger.Isotherms[0].VolumeMilliliters > console.Isotherms[0].VolumeMilliliters, $"0 C volume: 15 % {console.Isotherms[0].VolumeMilliliters} mL, 40 % {stronger.Isotherms[0].VolumeMilliliters} mL");
    }

    [Fact]
    public void Active_thaw_warms_the_tip_faster_than_passive_thaw()
    {
        var active = Last(Plan(Freeze(2), Step(PlanMode.ActiveThaw, 0.5)) with { ReportEverySeconds = 30 });
        var passive = Last(Plan(Freeze(2), Step(PlanMode.PassiveThaw, 0.5)) with { ReportEverySeconds = 30 });
        Assert.Equal("Active thaw 0.5 min", active.Step);
        Assert.True(active.ProbeTips["P1"] > 0, $"active thaw tip {active.ProbeTips["P1"]} C");
        Assert.True(active.ProbeTips["P1"] > passive.ProbeTips["P1"] + 10, $"tips: active {active.ProbeTips["P1"]}, passive {passive.ProbeTips["P1"]} C");
    }

    [Fact]
    public void Probes_not_listed_in_a_step_stay_warm()
    {
        var plan = Plan(Freeze(2, 100, 1), Freeze(1, 100, 2)) with
        {
            Layout = Plan().Layout with { Probes = [Probe("P1", -10), Probe("P2", 10)], Sensors = [] },
        };
        var reports = PlanRunner.Run(plan).Reports;

        Assert.True(reports[1].ProbeTips["P1"] < -130, $"P1 while driven: {reports[1].ProbeTips["P1"]} C");
        Assert.InRange(reports[1].ProbeTips["P2"], 30, 37.5);
        Assert.True(reports[2].ProbeTips["P2"] < -130, $"P2 while driven: {reports[2].ProbeTips["P2"]} C");
        Assert.True(reports[2].ProbeTips["P1"] > reports[1].ProbeTips["P1"] + 50, $"P1 after it was released: {reports[2].ProbeTips["P1"]} C");
    }

    [Fact]
    public void The_same_plan_gives_the_same_reports()
    {
        var plan = Plan(Freeze(1, power: 60), Step(PlanMode.PassiveThaw, 1)) with { ReportEverySeconds = 20 };
        string first = JsonSerializer.Serialize(PlanRunner.Run(plan).Reports, PlanJson.Options);
        string second = JsonSerializer.Serialize(PlanRunner.Run(plan).Reports, PlanJson.Options);
        Assert.Equal(first, second);
        Assert.Contains("\"step\": \"Freeze 60% 1 min\"", first, StringComparison.Ordinal);

        string otherSeed = JsonSerializer.Serialize(PlanRunner.Run(plan with { Layout = plan.Layout with { Seed = 2 } }).Reports, PlanJson.Options);
        Assert.NotEqual(first, otherSeed);
    }

    [Fact]
    public void An_invalid_plan_is_refused_before_running()
    {
        var e = Assert.Throws<PlanException>(() => PlanRunner.Run(Plan(Freeze(1, 100, 2))));
        Assert.StartsWith("protocol[0].probes: ", e.Message, StringComparison.Ordinal);
    }
}
