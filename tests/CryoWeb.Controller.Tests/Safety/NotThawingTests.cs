using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Tests.Control;
using CryoWeb.Hardware.Valves;
using Xunit.Abstractions;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Tests.Safety;

/// <summary>
/// A probe commanded not to freeze whose freeze valve sticks open stays cold: the not-thawing check raises a High alarm
/// naming it within the deadline and holds the argon supply closed (the stuck valve itself cannot close); and no normal
/// thaw, after a long freeze or beside a neighbour freezing 10 mm away, is taken for one.
/// </summary>
public sealed class NotThawingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(ProbeMode.PassiveThaw)]
    [InlineData(ProbeMode.Off)]
    [InlineData(ProbeMode.ActiveThaw)]
    public void A_freeze_valve_stuck_open_after_a_freeze_is_alarmed_within_the_deadline_and_the_argon_supply_is_held_closed(ProbeMode thaw)
    {
        // Both probes freeze; probe 2 keeps freezing, so the argon supply stays open for probe 1's stuck valve.
        var console = new ConsoleHarness(TwoProbes.Layout());
        console.RunFor(TimeSpan.FromSeconds(1));
        Assert.True(console.Send(new SetProbeModeCommand(1, ProbeMode.Freeze, 100)).Accepted);
        Assert.True(console.Send(new SetProbeModeCommand(2, ProbeMode.Freeze, 100)).Accepted);
        console.RunFor(TimeSpan.FromMinutes(1));
        console.Plant.InjectStuckValve(ValveId.FreezeOf(0), stuckOpen: true);

        Assert.True(console.Send(new SetProbeModeCommand(1, thaw)).Accepted);
        int ticks = Reliability.FaultTicks.Until(console, f => f.Conditions[AlarmCondition.ProbeNotThawing, 0], 100);
        output.WriteLine($"{thaw}: ProbeNotThawing after {ticks + 1} ticks, tip {console.LastFrame().ChannelCelsius[0]:F1} C");
        Assert.InRange(ticks + 1, 1, (int)(console.Options.NotThawingDeadline / console.Options.TickPeriod) + 2);
        Assert.Equal(AlarmPriority.High, AlarmCatalog.Default[AlarmCondition.ProbeNotThawing].Priority);

        // From then on: argon closed in every frame, no freeze valve commanded open, probe 2 stopped and told why.
        var violations = new List<string>();
        console.OnFrame = frame =>
        {
            if (console.Plant.IsPhysicallyOpen(ValveId.ArgonSupply) || frame.FreezeValveOpen[0] || frame.FreezeValveOpen[1])
            {
                violations.Add($"frame {frame.Sequence}: argon or a freeze valve open");
            }

            if (!frame.Conditions[AlarmCondition.ProbeNotThawing, 0] || frame.GateCauses[1] != GateCause.ProbeNotThawing || frame.GateSubjects[1] != 0 || frame.GateMaxPowerPercent[1] != 0)
            {
                violations.Add($"frame {frame.Sequence}: the hold is not in the frame");
            }
        };
        console.Tick();
        Assert.Equal(ProbeMode.PassiveThaw, console.Core.Probes[1].Mode);
        var refused = console.Send(new SetProbeModeCommand(2, ProbeMode.Freeze, 100));
        Assert.False(refused.Accepted);
        Assert.Contains("probe 1 is not thawing", refused.Reason, StringComparison.Ordinal);
        Assert.False(console.Send(new StartProtocolCommand(ProtocolPresets.DoubleFreeze, [2])).Accepted);
        console.RunFor(TimeSpan.FromSeconds(30));
        Assert.Empty(violations);

        // The operator deals with the valve, then the emergency-stop reset releases the argon.
        console.OnFrame = null;
        console.Plant.ReleaseValve(ValveId.FreezeOf(0));
        Assert.True(console.Send(new ResetEmergencyStopCommand()).Accepted);
        Assert.Equal(-1, console.Core.ArgonHeldForProbe);
        Assert.True(console.Send(new SetProbeModeCommand(2, ProbeMode.Freeze, 100)).Accepted);
        console.Tick();
        Assert.True(console.Plant.IsPhysicallyOpen(ValveId.ArgonSupply));
    }

    [Theory]
    [InlineData(ProbeMode.PassiveThaw, false)]
    [InlineData(ProbeMode.ActiveThaw, false)]
    [InlineData(ProbeMode.PassiveThaw, true)]
    [InlineData(ProbeMode.Off, true)]
    [InlineData(ProbeMode.ActiveThaw, true)]
    public void A_thaw_right_after_a_ten_minute_freeze_is_no_alarm_alone_or_beside_a_neighbour_freezing_10_mm_away(ProbeMode thaw, bool neighbourFreezes)
    {
        var console = new ConsoleHarness(TwoProbes.Layout(apartMm: 10));
        console.RunFor(TimeSpan.FromSeconds(1));
        Assert.True(console.Send(new SetProbeModeCommand(1, ProbeMode.Freeze, 100)).Accepted);
        if (neighbourFreezes)
        {
            Assert.True(console.Send(new SetProbeModeCommand(2, ProbeMode.Freeze, 100)).Accepted);
        }

        console.RunFor(TimeSpan.FromMinutes(10));
        var alarms = WatchForAlarms(console);
        Assert.True(console.Send(new SetProbeModeCommand(1, thaw)).Accepted);
        console.RunFor(TimeSpan.FromMinutes(5));

        Assert.Empty(alarms);
        Assert.Equal(-1, console.Core.ArgonHeldForProbe);
        Assert.Equal(neighbourFreezes ? ProbeMode.Freeze : ProbeMode.Off, console.Core.Probes[1].Mode);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(15)]
    public void A_thaw_that_began_with_the_argon_closed_is_no_alarm_when_a_neighbour_starts_freezing_seconds_later(int secondsLater)
    {
        // Probe 1 freezes alone for 10 min and thaws: the argon supply closes with it, so the watch waits. A neighbour
        // 10 mm away starting a freeze reopens the argon while probe 1 is still cold: its thaw is judged from then on.
        var console = new ConsoleHarness(TwoProbes.Layout(apartMm: 10));
        console.RunFor(TimeSpan.FromSeconds(1));
        Assert.True(console.Send(new SetProbeModeCommand(1, ProbeMode.Freeze, 100)).Accepted);
        console.RunFor(TimeSpan.FromMinutes(10));
        var alarms = WatchForAlarms(console);
        Assert.True(console.Send(new SetProbeModeCommand(1, ProbeMode.PassiveThaw)).Accepted);
        console.RunFor(TimeSpan.FromSeconds(secondsLater));
        output.WriteLine($"{secondsLater} s after the thaw began: tip {console.LastFrame().ChannelCelsius[0]:F1} C");
        Assert.True(console.Send(new SetProbeModeCommand(2, ProbeMode.Freeze, 100)).Accepted);
        console.RunFor(TimeSpan.FromMinutes(3));

        Assert.Empty(alarms);
        Assert.Equal(-1, console.Core.ArgonHeldForProbe);
        Assert.Equal(ProbeMode.Freeze, console.Core.Probes[1].Mode);
    }

    [Fact]
    public void Two_probes_10_mm_apart_through_whole_double_freeze_protocols_and_a_low_power_freeze_give_no_alarm()
    {
        var console = new ConsoleHarness(TwoProbes.Layout(apartMm: 10));
        console.RunFor(TimeSpan.FromSeconds(1));
        var alarms = WatchForAlarms(console);

        // Probe 1 freezes at 10 % (a duty-cycled tip) beside probe 2 at 100 %, then both thaw passively.
        Assert.True(console.Send(new SetProbeModeCommand(1, ProbeMode.Freeze, 10)).Accepted);
        Assert.True(console.Send(new SetProbeModeCommand(2, ProbeMode.Freeze, 100)).Accepted);
        console.RunFor(TimeSpan.FromMinutes(5));
        Assert.True(console.Send(new SetProbeModeCommand(1, ProbeMode.PassiveThaw)).Accepted);
        console.RunFor(TimeSpan.FromMinutes(2));
        Assert.True(console.Send(new SetProbeModeCommand(2, ProbeMode.Off)).Accepted);
        Assert.True(console.Send(new SetProbeModeCommand(1, ProbeMode.Off)).Accepted);
        console.RunFor(TimeSpan.FromMinutes(5));

        // Then the double freeze on both (freeze 10, passive 8, freeze 10, active thaw), started 30 s apart.
        Assert.True(console.Send(new StartProtocolCommand(ProtocolPresets.DoubleFreeze, [1])).Accepted);
        console.RunFor(TimeSpan.FromSeconds(30));
        Assert.True(console.Send(new StartProtocolCommand(ProtocolPresets.DoubleFreeze, [2])).Accepted);
        console.RunFor(TimeSpan.FromMinutes(33));

        Assert.Empty(alarms);
        Assert.Equal(ProtocolState.Completed, console.Core.Protocols[0].State);
        Assert.Equal(ProtocolState.Completed, console.Core.Protocols[1].State);
    }

    private static List<string> WatchForAlarms(ConsoleHarness console)
    {
        var alarms = new List<string>();
        console.OnFrame = frame =>
        {
            for (int p = 0; p < frame.ProbeCount; p++)
            {
                if (frame.Conditions[AlarmCondition.ProbeNotThawing, p] || frame.Conditions[AlarmCondition.GasWithValveClosed, p])
                {
                    alarms.Add($"frame {frame.Sequence}: probe {p + 1}, tip {frame.ChannelCelsius[p]:F1} C, mode {frame.ProbeModes[p]}");
                }
            }
        };
        return alarms;
    }
}
