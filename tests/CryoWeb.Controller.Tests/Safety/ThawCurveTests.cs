using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Tests.Control;
using CryoWeb.Hardware.Valves;
using Xunit.Abstractions;
using CryoWeb.Controller.Configuration;

namespace CryoWeb.Controller.Tests.Safety;

/// <summary>
/// The simulator's thaw curves that the not-thawing check's numbers come from (ControllerOptions.NotThawing*): how far
/// a tip warms in the deadline in passive and active thaw, normally and with the freeze valve stuck open, printed and
/// held to the margins the options claim. Probe 1 freezes beside probe 2 (10 mm away, at 100 % when it freezes).
/// </summary>
public sealed class ThawCurveTests(ITestOutputHelper output)
{
    private static readonly ControllerOptions Options = new();

    [Theory]
    [InlineData(600, 100, ProbeMode.PassiveThaw, false, 4500, 2200)]
    [InlineData(600, 100, ProbeMode.PassiveThaw, true, 4500, 2200)]
    [InlineData(600, 100, ProbeMode.Off, true, 4500, 2200)]
    [InlineData(600, 10, ProbeMode.PassiveThaw, true, 4500, 2200)]
    [InlineData(10, 100, ProbeMode.PassiveThaw, false, 4500, 2200)]
    public void A_normal_passive_thaw_warms_the_tip_at_least_four_times_the_required_warming_within_the_deadline(int freezeSeconds, double powerPercent, ProbeMode thaw, bool neighbour, double argonPsi, double thawPsi)
    {
        var (coldest, afterDeadline, _) = Thaw(freezeSeconds, powerPercent, thaw, neighbour, stuck: false, argonPsi, thawPsi);
        Assert.True(afterDeadline - coldest >= 4 * Options.NotThawingMinWarmingCelsius, $"warmed only {afterDeadline - coldest:F1} C");
    }

    [Theory]
    [InlineData(600, false, 2200)]
    [InlineData(600, true, 2200)]
    [InlineData(600, true, 600)]
    public void A_normal_active_thaw_passes_the_proof_temperature_well_within_the_deadline(int freezeSeconds, bool neighbour, double thawPsi)
    {
        var (_, _, reachedAt) = Thaw(freezeSeconds, 100, ProbeMode.ActiveThaw, neighbour, stuck: false, 4500, thawPsi);
        Assert.True(reachedAt <= Options.NotThawingDeadline * 0.6, $"reached {Options.NotThawingActiveThawCelsius} C only after {reachedAt}");
    }

    [Theory]
    [InlineData(ProbeMode.PassiveThaw, 4500, 2200)]
    [InlineData(ProbeMode.Off, 4500, 2200)]
    [InlineData(ProbeMode.PassiveThaw, 1600, 2200)]
    [InlineData(ProbeMode.ActiveThaw, 4500, 2200)]
    [InlineData(ProbeMode.ActiveThaw, 4500, 600)]
    public void With_the_freeze_valve_stuck_open_the_tip_stays_far_from_any_proof(ProbeMode thaw, double argonPsi, double thawPsi)
    {
        var (coldest, afterDeadline, reachedAt) = Thaw(600, 100, thaw, neighbour: true, stuck: true, argonPsi, thawPsi);
        Assert.True(afterDeadline < Options.NotThawingJudgeBelowCelsius, $"tip {afterDeadline:F1} C is no longer judged");
        if (thaw == ProbeMode.ActiveThaw)
        {
            Assert.Equal(TimeSpan.MaxValue, reachedAt);
        }
        else
        {
            Assert.True(afterDeadline - coldest < Options.NotThawingMinWarmingCelsius / 10, $"warmed {afterDeadline - coldest:F1} C");
        }
    }

    /// <summary>Freezes probe 1 (and probe 2 when <paramref name="neighbour"/>), then thaws probe 1; prints its curve.</summary>
    private (double Coldest, double AfterDeadline, TimeSpan ReachedProof) Thaw(int freezeSeconds, double powerPercent, ProbeMode thaw, bool neighbour, bool stuck, double argonPsi, double thawPsi)
    {
        // A long deadline so the check does not close the argon inside the measured span.
        var console = new ConsoleHarness(TwoProbes.Layout(10, argonPsi, thawPsi), new ControllerOptions { NotThawingDeadline = TimeSpan.FromSeconds(15) });
        console.RunFor(TimeSpan.FromSeconds(1));
        Assert.True(console.Send(new SetProbeModeCommand(1, ProbeMode.Freeze, powerPercent)).Accepted);
        if (neighbour)
        {
            Assert.True(console.Send(new SetProbeModeCommand(2, ProbeMode.Freeze, 100)).Accepted);
        }

        console.RunFor(TimeSpan.FromSeconds(freezeSeconds));
        if (stuck)
        {
            console.Plant.InjectStuckValve(ValveId.FreezeOf(0), stuckOpen: true);
        }

        double start = console.LastFrame().ChannelCelsius[0];
        Assert.True(console.Send(new SetProbeModeCommand(1, thaw)).Accepted);
        var line = new System.Text.StringBuilder($"{powerPercent} % for {freezeSeconds} s, neighbour {neighbour}, stuck {stuck}, argon {argonPsi} psi, thaw gas {thawPsi} psi, then {thaw}: {start:F1} C");
        double coldest = start;
        double afterDeadline = double.NaN;
        var reached = TimeSpan.MaxValue;
        int deadlineTicks = (int)(Options.NotThawingDeadline / Options.TickPeriod);
        for (int tick = 1; tick <= deadlineTicks; tick++)
        {
            double tip = tick == 1 ? console.LastFrame().ChannelCelsius[0] : console.LastFrameAfterTicks(1).ChannelCelsius[0];
            coldest = Math.Min(coldest, tip);
            afterDeadline = tip;
            if (reached == TimeSpan.MaxValue && tip >= Options.NotThawingActiveThawCelsius)
            {
                reached = Options.TickPeriod * tick;
            }

            if (tick % 5 == 0)
            {
                line.Append($" | {tick / 10.0:F1} s {tip:F1}");
            }
        }

        output.WriteLine($"{line}; coldest {coldest:F1}, warmed {afterDeadline - coldest:F1} C, 0 C reached after {(reached == TimeSpan.MaxValue ? "never" : reached.ToString())}");
        return (coldest, afterDeadline, reached);
    }
}
