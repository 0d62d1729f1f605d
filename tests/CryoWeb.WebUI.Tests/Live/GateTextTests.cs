using CryoWeb.Controller.ControlThread;
using CryoWeb.Controller.Gate;
using CryoWeb.WebUI.Live;
using CryoWeb.WebUI.Tests.Console;
using Microsoft.Extensions.Logging.Abstractions;
using CryoWeb.Controller.Conditions;
using CryoWeb.Controller.Frames;

namespace CryoWeb.WebUI.Tests.Live;

/// <summary>The board turns the frame's gate verdict and findings into the words on each probe's tile.</summary>
public sealed class GateTextTests
{
    [Fact]
    public void A_frame_with_a_reduce_limit_a_stop_and_a_probe_not_thawing_reads_as_words_on_each_tile()
    {
        using var rig = new ConsoleRig();
        var board = new LiveStatusBoard(rig.ReadModel, rig.Procedures,
            new ControlWatchdog(rig.Core, () => 0, rig.Time, NullLogger<ControlWatchdog>.Instance), rig.Time);
        int sensor = Enumerable.Range(0, rig.Hardware.Channels.Count).First(c => !rig.Hardware.Channels[c].IsProbeTip);
        string name = rig.Hardware.Channels[sensor].Name;
        var frame = new ControlFrame(rig.Hardware.Thermocouples.ChannelCount, rig.Hardware.ProbeCount) { Sequence = 1, Time = rig.Time.GetUtcNow() };
        Assert.True(frame.ProbeCount >= 2);

        // Probe 1 reduced by the sensor; probe 2 not thawing, which holds the argon for probe 1 too on the next frame.
        (frame.GateMaxPowerPercent[0], frame.GateCauses[0], frame.GateSubjects[0]) = (50, GateCause.CriticalStructureReduce, sensor);
        (frame.GateMaxPowerPercent[1], frame.GateCauses[1], frame.GateSubjects[1]) = (100, GateCause.None, -1);
        board.OnFrame(frame);
        var probes = board.Current.Probes;
        Assert.Equal(50, probes[0].PowerLimitPercent);
        Assert.Equal($"Limited to 50 % by \u2068{name}\u2069", probes[0].PowerLimitReason);
        Assert.Null(probes[1].PowerLimitPercent);
        Assert.Null(probes[1].PowerLimitReason);
        Assert.Null(probes[1].MeasuredDisagreement);

        frame.Sequence = 2;
        frame.Conditions[AlarmCondition.ProbeNotThawing, 1] = true;
        for (int p = 0; p < 2; p++)
        {
            (frame.GateMaxPowerPercent[p], frame.GateCauses[p], frame.GateSubjects[p]) = (0, GateCause.ProbeNotThawing, 1);
        }

        board.OnFrame(frame);
        probes = board.Current.Probes;
        Assert.Equal("Argon closed: probe 2 not thawing", probes[0].MeasuredDisagreement);
        Assert.Equal("Freezing blocked: argon closed (probe 2 not thawing)", probes[0].PowerLimitReason);
        Assert.Equal("Not warming: freeze valve may be stuck open", probes[1].MeasuredDisagreement);
        Assert.Equal(0, probes[1].PowerLimitPercent);
    }

    [Fact]
    public void A_stop_guard_reads_as_freezing_blocked_by_the_sensor() =>
        Assert.Equal("Freezing blocked by \u2068TS1 urethra\u2069", GateText.LimitReason(0, 0, GateCause.CriticalStructureStop, 3, _ => "TS1 urethra"));
}
