using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;

namespace CryoWeb.Controller.Tests.Control;

public class ProtocolRunTests
{
    [Fact]
    public void A_double_freeze_10_8_10_on_three_probes_runs_to_the_end_with_every_tick_recorded()
    {
        var console = new ConsoleHarness();
        var modes = new List<ProbeMode[]>();
        long expected = -1;
        double coldestTip = double.MaxValue;
        double previousTip = double.NaN;
        double fastestTipCelsiusPerSecond = 0;
        console.OnFrame = frame =>
        {
            if (!double.IsNaN(previousTip))
            {
                fastestTipCelsiusPerSecond = Math.Max(fastestTipCelsiusPerSecond, Math.Abs(frame.ChannelCelsius[1] - previousTip) / 0.1);
            }

            previousTip = frame.ChannelCelsius[1];
            Assert.Equal(expected + 1, frame.Sequence);
            expected = frame.Sequence;
            modes.Add([.. frame.ProbeModes]);
            coldestTip = Math.Min(coldestTip, frame.ChannelCelsius[1]);
        };
        console.RunFor(TimeSpan.FromSeconds(5));

        var started = console.Send(new StartProtocolCommand(ProtocolPresets.DoubleFreeze, []));
        Assert.True(started.Accepted, started.Reason);
        console.RunFor(TimeSpan.FromMinutes(31));

        Assert.All(console.Core.Protocols, run => Assert.True(run.State == ProtocolState.Completed, $"{run.State}: {run.Problem}"));
        Assert.All(console.Core.Probes, probe => Assert.Equal(ProbeMode.Off, probe.Mode));
        Assert.True(coldestTip < -130, $"coldest tip {coldestTip:F1} C");

        // A real tip's fastest change stays well inside the plausibility limit (never flagged as a glitch).
        Assert.True(fastestTipCelsiusPerSecond < 0.75 * console.Options.MaxRateCelsiusPerSecond, $"fastest tip change {fastestTipCelsiusPerSecond:F0} C/s");

        // Step lengths, counted in recorded ticks of probe 1 (10 per second).
        var runs = Runs(modes.Select(m => m[0]).ToList());
        var expectedSteps = new[] { ProbeMode.Off, ProbeMode.Freeze, ProbeMode.PassiveThaw, ProbeMode.Freeze, ProbeMode.ActiveThaw, ProbeMode.Off };
        Assert.Equal(expectedSteps, runs.Select(r => r.Mode));
        Assert.InRange(runs[1].Ticks, 5999, 6001);
        Assert.InRange(runs[2].Ticks, 4799, 4801);
        Assert.InRange(runs[3].Ticks, 5999, 6001);
        Assert.InRange(runs[4].Ticks, 10, 1800);
        Assert.All(modes, m => Assert.Equal(m[0], m[2]));
    }

    private static List<(ProbeMode Mode, int Ticks)> Runs(List<ProbeMode> modes)
    {
        var runs = new List<(ProbeMode Mode, int Ticks)>();
        foreach (var mode in modes)
        {
            if (runs.Count > 0 && runs[^1].Mode == mode)
            {
                runs[^1] = (mode, runs[^1].Ticks + 1);
            }
            else
            {
                runs.Add((mode, 1));
            }
        }

        return runs;
    }
}
