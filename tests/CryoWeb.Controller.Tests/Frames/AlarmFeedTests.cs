using CryoWeb.Controller.Naming;
using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Frames;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Tests.Control;
using CryoWeb.Hardware.Simulation;
using Microsoft.Extensions.Logging.Abstractions;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Tests.Frames;

/// <summary>From an injected fault in the plant to the alarm the staff see, through the frame feed.</summary>
public class AlarmFeedTests
{
    private sealed class Rig
    {
        public Rig()
        {
            Console = new ConsoleHarness();
            Alarms = new AlarmManager(Console.Time, new AlarmManagerOptions());
            Feed = new FrameFeed(Console.Core, [new AlarmFeeder(Alarms, new ProcedureNaming(Console.Hardware))], NullLogger<FrameFeed>.Instance);
        }

        public ConsoleHarness Console { get; }

        public AlarmManager Alarms { get; }

        public FrameFeed Feed { get; }

        public void Run(TimeSpan duration)
        {
            for (int i = 0; i < duration / Console.Options.TickPeriod; i++)
            {
                Console.Tick();
                Feed.Pump();
            }
        }
    }

    [Fact]
    public void An_emergency_stop_becomes_a_latched_high_priority_alarm_that_sounds()
    {
        var rig = new Rig();
        rig.Run(TimeSpan.FromSeconds(1));
        rig.Console.Core.EmergencyStop();
        rig.Run(TimeSpan.FromSeconds(1));

        var snapshot = rig.Alarms.Snapshot();
        var alarm = Assert.Single(snapshot.Alarms);
        Assert.Equal(AlarmKey.Console(AlarmCondition.EmergencyStop), alarm.Key);
        Assert.Equal(AlarmPriority.High, alarm.Priority);
        Assert.Equal(AlarmPriority.High, snapshot.Audio.Sounding);
    }

    [Fact]
    public void A_probe_not_thawing_is_a_high_alarm_naming_the_probe()
    {
        var rig = new Rig();
        rig.Run(TimeSpan.FromSeconds(1));
        Assert.True(rig.Console.Send(new SetProbeModeCommand(2, ProbeMode.Freeze, 100)).Accepted);
        Assert.True(rig.Console.Send(new SetProbeModeCommand(3, ProbeMode.Freeze, 100)).Accepted);
        rig.Run(TimeSpan.FromSeconds(30));
        rig.Console.Plant.InjectStuckValve(CryoWeb.Hardware.Valves.ValveId.FreezeOf(1), stuckOpen: true);
        Assert.True(rig.Console.Send(new SetProbeModeCommand(2, ProbeMode.PassiveThaw)).Accepted);
        rig.Run(TimeSpan.FromSeconds(6));

        var alarm = Assert.Single(rig.Alarms.Snapshot().Alarms, a => a.Key.Condition == AlarmCondition.ProbeNotThawing);
        Assert.Equal(new AlarmKey(AlarmCondition.ProbeNotThawing, 1), alarm.Key);
        Assert.Equal(AlarmPriority.High, alarm.Priority);
        Assert.Equal("Probe 2", alarm.Detail);
        Assert.Equal("Probe not thawing: freeze valve may be stuck open", alarm.Title);
    }

    [Fact]
    public void An_open_sensor_is_a_medium_alarm_naming_the_sensor_and_it_ends_when_repaired()
    {
        var rig = new Rig();
        rig.Run(TimeSpan.FromSeconds(1));
        rig.Console.Plant.InjectThermocoupleFault(4, SimulatedThermocoupleFault.OpenCircuit);
        rig.Run(TimeSpan.FromSeconds(1));

        var alarm = Assert.Single(rig.Alarms.Snapshot().Alarms);
        Assert.Equal(new AlarmKey(AlarmCondition.ThermocoupleFault, 4), alarm.Key);
        Assert.Equal(AlarmPriority.Medium, alarm.Priority);
        Assert.Equal("TS2 far: open thermocouple", alarm.Detail);

        rig.Console.Plant.ClearFaults();
        rig.Run(TimeSpan.FromSeconds(1));
        Assert.Empty(rig.Alarms.Snapshot().Alarms);
    }

    [Fact]
    public void A_probe_that_stops_cooling_stays_alarmed_until_acknowledged()
    {
        var rig = new Rig();
        rig.Run(TimeSpan.FromSeconds(1));
        rig.Console.Plant.InjectStuckValve(CryoWeb.Hardware.Valves.ValveId.FreezeOf(2), stuckOpen: false);
        Assert.True(rig.Console.Send(new SetProbeModeCommand(3, ProbeMode.Freeze)).Accepted);
        rig.Run(TimeSpan.FromSeconds(35));

        var alarm = Assert.Single(rig.Alarms.Snapshot().Alarms);
        Assert.Equal(new AlarmKey(AlarmCondition.ProbeNotCooling, 2), alarm.Key);
        Assert.False(alarm.ConditionPresent);
        Assert.Equal(AlarmState.ClearedAwaitingAcknowledgement, alarm.State);
        Assert.Equal(AcknowledgeResult.Acknowledged, rig.Alarms.Acknowledge(alarm.Id, "nurse"));
        Assert.Empty(rig.Alarms.Snapshot().Alarms);
    }

    [Fact]
    public void Every_frame_reaches_the_subscribers_in_order_and_a_lag_of_a_whole_ring_is_reported_not_hidden()
    {
        var rig = new Rig();
        var seen = new List<long>();
        var lost = new List<(long First, long Count)>();
        var recorder = new Recorder(seen, lost);
        var feed = new FrameFeed(rig.Console.Core, [recorder], NullLogger<FrameFeed>.Instance);
        rig.Console.RunFor(TimeSpan.FromSeconds(5));
        Assert.Equal(50, feed.Pump());
        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long)i), seen);

        rig.Console.RunFor(TimeSpan.FromSeconds(200));
        feed.Pump();
        Assert.Single(lost);
        Assert.Equal(50, lost[0].First);
        Assert.Equal(rig.Console.Core.Frames.Published, seen[^1]);
        Assert.Equal(lost[0].Count, feed.LostFrames);
    }

    private sealed class Recorder(List<long> seen, List<(long First, long Count)> lost) : IFrameSubscriber
    {
        public void OnFrame(ControlFrame frame) => seen.Add(frame.Sequence);

        public void OnFramesLost(long first, long count) => lost.Add((first, count));
    }
}
