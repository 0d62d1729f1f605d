using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Tests.Control;
using CryoWeb.Hardware.Valves;
using Xunit.Abstractions;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Tests.Reliability;

/// <summary>
/// A freeze valve stuck open on a probe that is not freezing, seen through its tip (no valve position sensing): the
/// GasWithValveClosed alarm and the argon supply closed; and no such alarm from a neighbour's iceball or a thaw.
/// </summary>
public sealed class StuckValveTests(ITestOutputHelper output)
{
    [Fact]
    public void A_warm_probe_whose_valve_sticks_open_is_alarmed_when_another_freeze_gives_it_gas_and_every_freeze_stops()
    {
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(3));
        console.Plant.InjectStuckValve(ValveId.FreezeOf(0), stuckOpen: true);

        // Probe 2 starts freezing: the argon supply opens and probe 1 gets gas through its stuck valve.
        Assert.True(console.Send(new SetProbeModeCommand(2, ProbeMode.Freeze, 100)).Accepted);
        Assert.True(console.Plant.IsPhysicallyOpen(ValveId.ArgonSupply));
        int ticks = FaultTicks.Until(console, f => f.Conditions[AlarmCondition.GasWithValveClosed, 0], 40);

        // Needs a second of cooling as evidence (judged once a second): 11 to 20 ticks after the gas reaches the tip.
        output.WriteLine($"GasWithValveClosed after {ticks} ticks");
        Assert.InRange(ticks, 2, 21);
        var frame = console.LastFrame();
        Assert.Equal(ProbeMode.PassiveThaw, frame.ProbeModes[1]);
        Assert.All(frame.FreezeValveOpen, Assert.False);
        Assert.False(console.Plant.IsPhysicallyOpen(ValveId.ArgonSupply), "the supply upstream of the stuck valve must close");
        Assert.False(frame.Conditions[AlarmCondition.ProbeNotCooling, 1], "probe 2 was stopped by the leak rule, not for failing to cool");
    }

    [Fact]
    public void Neither_a_neighbours_iceball_nor_the_thaw_after_a_freeze_looks_like_a_stuck_valve()
    {
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(1));
        Assert.True(console.Send(new SetProbeModeCommand(2, ProbeMode.Freeze, 100)).Accepted);
        Assert.True(console.Send(new SetProbeModeCommand(1, ProbeMode.Freeze, 100)).Accepted);

        // Probe 1 freezes for 2 minutes, then thaws passively next to probe 2 (15 mm away) freezing for 10 minutes more;
        // probe 3, 15 mm on the other side, never freezes and sits in the growing iceball.
        double coldestNeighbour = double.MaxValue;
        var falseAlarms = new List<string>();
        console.OnFrame = frame =>
        {
            if (frame.Conditions[AlarmCondition.GasWithValveClosed, 0] || frame.Conditions[AlarmCondition.GasWithValveClosed, 2])
            {
                falseAlarms.Add($"frame {frame.Sequence}");
            }

            coldestNeighbour = Math.Min(coldestNeighbour, frame.ChannelCelsius[2]);
        };
        for (int second = 0; second < 12 * 60; second++)
        {
            if (second == 120)
            {
                Assert.True(console.Send(new SetProbeModeCommand(1, ProbeMode.PassiveThaw)).Accepted);
            }

            console.RunFor(TimeSpan.FromSeconds(1));
        }

        Assert.Empty(falseAlarms);
        output.WriteLine($"probe 3's tip, never frozen, coldest {coldestNeighbour:F1} C");
        Assert.Equal(ProbeMode.Freeze, console.Core.Probes[1].Mode);
        Assert.True(coldestNeighbour < 10, $"probe 3's tip should have cooled in the neighbour's iceball (coldest {coldestNeighbour:F1} C)");
    }

    [Fact]
    public void A_tip_cooling_back_into_its_ice_after_an_active_thaw_is_not_taken_for_a_stuck_valve()
    {
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(1));
        Assert.True(console.Send(new SetProbeModeCommand(1, ProbeMode.Freeze, 100)).Accepted);
        Assert.True(console.Send(new SetProbeModeCommand(2, ProbeMode.Freeze, 100)).Accepted);
        console.RunFor(TimeSpan.FromMinutes(5));

        // Probe 1 thaws actively inside the iceball probe 2 keeps growing (argon supply open all along), then stops:
        // its warm tip falls back towards the ice around it.
        Assert.True(console.Send(new SetProbeModeCommand(1, ProbeMode.ActiveThaw)).Accepted);
        var alarms = new List<long>();
        double fastestCooling = 0;
        double previous = double.NaN;
        console.OnFrame = frame =>
        {
            if (frame.Conditions[AlarmCondition.GasWithValveClosed, 0])
            {
                alarms.Add(frame.Sequence);
            }

            if (!double.IsNaN(previous))
            {
                fastestCooling = Math.Max(fastestCooling, (previous - frame.ChannelCelsius[0]) * 10);
            }

            previous = frame.ChannelCelsius[0];
        };
        console.RunFor(TimeSpan.FromMinutes(3));
        double warmest = console.LastFrame().ChannelCelsius[0];
        Assert.True(console.Send(new SetProbeModeCommand(1, ProbeMode.Off)).Accepted);
        console.RunFor(TimeSpan.FromMinutes(2));

        output.WriteLine($"after the active thaw: tip {warmest:F1} C -> {console.LastFrame().ChannelCelsius[0]:F1} C, fastest cooling {fastestCooling:F1} C/s between ticks");
        Assert.Empty(alarms);
        Assert.Equal(ProbeMode.Freeze, console.Core.Probes[1].Mode);
        Assert.True(console.Plant.IsPhysicallyOpen(ValveId.ArgonSupply));
    }
}
