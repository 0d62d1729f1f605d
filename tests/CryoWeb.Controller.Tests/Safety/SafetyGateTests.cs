using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Safety;
using CryoWeb.Controller.Tests.Control;
using Xunit.Abstractions;

namespace CryoWeb.Controller.Tests.Safety;

/// <summary>
/// The interlocks' verdict is a gate every command meets and that clamps the outputs in the same tick: with a
/// critical-structure guard already at its limit, a linked probe's freeze valve never opens (Stop) and its power never
/// exceeds 50 % (Reduce), not even for one tick, whatever the commands.
/// </summary>
public sealed class SafetyGateTests(ITestOutputHelper output)
{
    // ThreeProbes: channels 0-2 are the tips, 3 is "TS1 near P1", 4 is "TS2 far". A limit of 40 C is passed at body temperature.
    private static readonly SensorGuard StopProbe1 = new(3, SensorRole.CriticalStructure, 40, ProtectiveAction.Stop, [0]);
    private static readonly SensorGuard ReduceProbe2 = new(4, SensorRole.CriticalStructure, 40, ProtectiveAction.Reduce, [1]);

    private static readonly ProtocolDefinition ThawThenFreeze = new("Thaw then freeze", [ProtocolStep.PassiveThaw(0.1), ProtocolStep.Freeze(0.2), ProtocolStep.ActiveThaw(0.1)]);

    private static ConsoleHarness Guarded()
    {
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(1));
        Assert.True(console.Send(new SetSensorGuardsCommand([StopProbe1, ReduceProbe2])).Accepted);
        console.Tick();
        return console;
    }

    [Fact]
    public void A_freeze_on_a_probe_whose_guard_is_at_its_limit_is_refused_with_the_sensor_its_reading_and_its_limit()
    {
        var console = Guarded();
        bool valveEverOpen = false;
        console.OnFrame = frame => valveEverOpen |= frame.FreezeValveOpen[0];

        var outcome = console.Send(new SetProbeModeCommand(1, ProbeMode.Freeze, 100));

        Assert.False(outcome.Accepted);
        output.WriteLine(outcome.Reason);
        Assert.Matches(@"^TS1 near P1 is at \d+\.\d °C, its limit is 40 °C: freezing probe 1 is blocked\.$", outcome.Reason);
        Assert.False(valveEverOpen);
        Assert.Equal(ProbeMode.Off, console.Core.Probes[0].Mode);
        var frame = console.LastFrame();
        Assert.Equal(0, frame.GateMaxPowerPercent[0]);
        Assert.Equal(GateCause.CriticalStructureStop, frame.GateCauses[0]);
        Assert.Equal(3, frame.GateSubjects[0]);
        Assert.Equal(100, frame.GateMaxPowerPercent[2]);
        Assert.Equal(GateCause.None, frame.GateCauses[2]);

        Assert.False(console.Send(new SetProbeModeCommand(1, ProbeMode.Stick)).Accepted);
        Assert.False(console.Send(new StartProtocolCommand(ProtocolPresets.DoubleFreeze, [1])).Accepted);
        Assert.True(console.Send(new SetProbeModeCommand(1, ProbeMode.PassiveThaw)).Accepted, "stopping gas is always allowed");
    }

    [Fact]
    public void A_freeze_at_100_on_a_reduced_probe_runs_at_50_from_its_first_frame_and_says_why()
    {
        var console = Guarded();
        var duties = new List<double>();
        console.OnFrame = frame => duties.Add(frame.ProbeDutyPercent[1]);

        var outcome = console.Send(new SetProbeModeCommand(2, ProbeMode.Freeze, 100));

        Assert.True(outcome.Accepted);
        Assert.Matches(@"^TS2 far is at \d+\.\d °C, its limit is 40 °C: probe 2 is limited to 50 %\.$", outcome.Reason);
        Assert.Equal([50.0], duties);
        Assert.Equal(50, console.Core.Probes[1].PowerPercent);
        var frame = console.LastFrame();
        Assert.Equal(50, frame.GateMaxPowerPercent[1]);
        Assert.Equal(GateCause.CriticalStructureReduce, frame.GateCauses[1]);
        Assert.Equal(4, frame.GateSubjects[1]);
    }

    [Fact]
    public void A_protocol_advancing_into_a_freeze_step_on_a_blocked_probe_pauses_with_the_reason_and_never_opens_the_valve()
    {
        var console = Guarded();
        bool valveEverOpen = false;
        console.OnFrame = frame => valveEverOpen |= frame.FreezeValveOpen[0];

        Assert.True(console.Send(new StartProtocolCommand(ThawThenFreeze, [1])).Accepted);
        console.RunFor(TimeSpan.FromSeconds(10));

        var run = console.Core.Protocols[0];
        Assert.Equal(ProtocolState.Paused, run.State);
        Assert.Contains("freezing probe 1 is blocked", run.Problem, StringComparison.Ordinal);
        Assert.False(valveEverOpen);
        var resume = console.Send(new ProtocolActionCommand(1, ProtocolAction.Resume));
        Assert.False(resume.Accepted);
        Assert.Contains("TS1 near P1", resume.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void No_frame_of_a_random_command_sequence_shows_a_blocked_freeze_valve_open_or_a_duty_above_the_gate(int seed)
    {
        var console = Guarded();
        var random = new Random(seed);
        var violations = new List<string>();
        int freezeTicksOnProbe3 = 0;
        console.OnFrame = frame =>
        {
            if (frame.FreezeValveOpen[0] || frame.ProbeModes[0] is ProbeMode.Freeze or ProbeMode.Stick)
            {
                violations.Add($"frame {frame.Sequence}: probe 1 {frame.ProbeModes[0]}, valve {frame.FreezeValveOpen[0]}");
            }

            if (frame.ProbeModes[1] is ProbeMode.Freeze or ProbeMode.Stick && frame.ProbeDutyPercent[1] > frame.GateMaxPowerPercent[1])
            {
                violations.Add($"frame {frame.Sequence}: probe 2 duty {frame.ProbeDutyPercent[1]} above {frame.GateMaxPowerPercent[1]}");
            }

            if (console.Core.Probes[1].PowerPercent > 50)
            {
                violations.Add($"frame {frame.Sequence}: probe 2 power {console.Core.Probes[1].PowerPercent}");
            }

            if (frame.GateMaxPowerPercent[0] != 0 || frame.GateMaxPowerPercent[1] != 50 || frame.GateMaxPowerPercent[2] != 100)
            {
                violations.Add($"frame {frame.Sequence}: gate {frame.GateMaxPowerPercent[0]}/{frame.GateMaxPowerPercent[1]}/{frame.GateMaxPowerPercent[2]}");
            }

            freezeTicksOnProbe3 += frame.FreezeValveOpen[2] ? 1 : 0;
        };

        var modes = Enum.GetValues<ProbeMode>();
        var actions = Enum.GetValues<ProtocolAction>();
        var protocols = new[] { ProtocolPresets.DoubleFreeze, ThawThenFreeze };
        int accepted = 0;
        for (int i = 0; i < 300; i++)
        {
            int probe = random.Next(1, 4);
            ControllerCommand command = random.Next(4) switch
            {
                0 or 1 => new SetProbeModeCommand(probe, modes[random.Next(modes.Length)], 10 + (5 * random.Next(19))),
                2 => new StartProtocolCommand(protocols[random.Next(protocols.Length)], [probe]),
                _ => new ProtocolActionCommand(probe, actions[random.Next(actions.Length)], TimeSpan.FromMinutes(1)),
            };
            accepted += console.Send(command).Accepted ? 1 : 0;
            console.RunFor(TimeSpan.FromSeconds(random.Next(0, 4) * 0.5));
        }

        output.WriteLine($"{accepted} of 300 commands accepted; probe 3's freeze valve open in {freezeTicksOnProbe3} frames");
        Assert.Empty(violations);
        Assert.True(freezeTicksOnProbe3 > 0, "the unlinked probe froze: the commands did act");
    }
}
