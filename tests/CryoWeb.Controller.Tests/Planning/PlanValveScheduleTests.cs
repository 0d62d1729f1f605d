using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Planning;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;

namespace CryoWeb.Controller.Tests.Planning;

/// <summary>A plan's valves are the console's: its probe state machine with its options, read at every control tick.</summary>
public class PlanValveScheduleTests
{
    private static readonly SupplyState Supplied = new(3000, 1500, EmergencyStopLatched: false);

    private static PlanStep Step(PlanMode mode, double minutes, double power = 100, params int[] probes) =>
        new() { Mode = mode, PowerPercent = power, Minutes = minutes, Probes = probes };

    private static List<PlanValveSpan> Spans(ControllerOptions options, int probes, params PlanStep[] steps) =>
        [.. PlanValveSchedule.Spans(steps, probes, options)];

    private static PlanValveSpan At(List<PlanValveSpan> spans, TimeSpan at) => Assert.Single(spans, s => s.Start <= at && at < s.End);

    [Theory]
    [InlineData(60, 4)]
    [InlineData(35, 4)]
    [InlineData(60, 10)]
    public void A_freeze_opens_the_valve_at_every_tick_exactly_as_the_probe_controller_does(double power, double windowSeconds)
    {
        var options = new ControllerOptions { DutyWindow = TimeSpan.FromSeconds(windowSeconds) };
        var spans = Spans(options, 1, Step(PlanMode.Freeze, 1, power));
        var probe = new ProbeController(0, options);
        var start = DateTimeOffset.UnixEpoch;
        Assert.True(probe.TrySet(ProbeMode.Freeze, power, Supplied, tipValid: true, start).Accepted);

        Assert.Equal(TimeSpan.Zero, spans[0].Start);
        Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
        Assert.Equal(TimeSpan.FromMinutes(1), spans[^1].End);
        for (var at = TimeSpan.Zero; at < TimeSpan.FromMinutes(1); at += options.TickPeriod)
        {
            Assert.Equal(probe.FreezeValveOpen(start + at), At(spans, at).FreezeOpen(0));
        }
    }

    [Fact]
    public void The_controllers_duty_window_and_stick_power_shape_the_plan()
    {
        static (TimeSpan FirstOpen, double Share) Freeze(ControllerOptions options, PlanStep step)
        {
            var spans = Spans(options, 1, step);
            var open = spans.Where(s => s.FreezeOpen(0)).ToList();
            return (open[0].Duration, open.Sum(s => s.Duration.Ticks) / (double)spans[^1].End.Ticks);
        }

        var console = new ControllerOptions();
        var changed = new ControllerOptions { DutyWindow = TimeSpan.FromSeconds(8), StickPowerPercent = 30 };
        var stick = Step(PlanMode.Stick, 2);
        var half = Step(PlanMode.Freeze, 2, power: 50);

        Assert.Equal((TimeSpan.FromSeconds(0.6), 0.15), Freeze(console, stick));
        Assert.Equal((TimeSpan.FromSeconds(2.4), 0.30), Freeze(changed, stick));
        Assert.Equal((TimeSpan.FromSeconds(2), 0.5), Freeze(console, half));
        Assert.Equal((TimeSpan.FromSeconds(4), 0.5), Freeze(changed, half));
    }

    [Fact]
    public void Probes_left_out_of_a_step_are_off_and_an_active_thaw_holds_the_thaw_valve_for_the_whole_step()
    {
        var spans = Spans(new ControllerOptions(), 2, Step(PlanMode.Freeze, 1, probes: 1), Step(PlanMode.ActiveThaw, 1.5));

        Assert.Equal(
            [
                new PlanValveSpan(0, TimeSpan.Zero, TimeSpan.FromMinutes(1), FreezeOpenMask: 0b01, ThawOpenMask: 0),
                new PlanValveSpan(1, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1.5), FreezeOpenMask: 0, ThawOpenMask: 0b11),
            ],
            spans);
    }

    [Fact]
    public void A_protocol_runs_through_the_consoles_protocol_run_with_the_same_valves_as_its_plan_steps()
    {
        var options = new ControllerOptions { DutyWindow = TimeSpan.FromSeconds(6), StickPowerPercent = 20 };
        var protocol = new ProtocolDefinition("Test", [ProtocolStep.Stick(0.5), ProtocolStep.Freeze(1, 60), ProtocolStep.PassiveThaw(0.5), ProtocolStep.ActiveThaw(1)]);
        var steps = new[] { Step(PlanMode.Stick, 0.5), Step(PlanMode.Freeze, 1, 60), Step(PlanMode.PassiveThaw, 0.5), Step(PlanMode.ActiveThaw, 1) };

        var run = PlanValveSchedule.Spans(protocol, 2, options).ToList();

        Assert.Equal(Spans(options, 2, steps), run);
        Assert.Equal(TimeSpan.FromMinutes(3), run[^1].End);
        Assert.Equal([0, 1, 2, 3], run.Select(s => s.StepIndex).Distinct());
    }

    [Fact]
    public void A_step_the_console_would_refuse_is_a_plan_error_naming_the_step()
    {
        var e = Assert.Throws<PlanException>(() => Spans(new ControllerOptions(), 1, Step(PlanMode.Freeze, 1), Step(PlanMode.Freeze, 1, power: 5)));
        Assert.StartsWith("protocol[1]: powerPercent:", e.Message, StringComparison.Ordinal);
    }
}
