using CryoWeb.Controller.ControlThread;
using CryoWeb.WebUI.Components.Console;
using CryoWeb.WebUI.Live;
using Microsoft.Extensions.Logging.Abstractions;
using CryoWeb.Controller.Conditions;
using CryoWeb.Controller.Frames;

namespace CryoWeb.WebUI.Tests.Console;

public sealed class LiveFeedTests
{
    private static LiveStatusBoard Board(ConsoleRig rig) => new(
        rig.ReadModel, rig.Procedures, new ControlWatchdog(rig.Core, () => 0, rig.Time, NullLogger<ControlWatchdog>.Instance), rig.Time);

    /// <summary>One control tick and its frame handed to the board, as the frame feed does at 10 Hz.</summary>
    private static void Frame(ConsoleRig rig, LiveStatusBoard board)
    {
        rig.Tick();
        var frame = new ControlFrame(rig.Hardware.Thermocouples.ChannelCount, rig.Hardware.ProbeCount);
        Assert.True(rig.Core.Frames.TryCopy(rig.Core.Frames.Published, frame));
        board.OnFrame(frame);
    }

    [Fact]
    public void Ten_frames_a_second_give_at_most_four_renders_a_second()
    {
        using var rig = new ConsoleRig();
        var board = Board(rig);
        int renders = 0;
        using var feed = new LiveFeed(board, rig.Alarms, rig.Time, () => { renders++; return Task.CompletedTask; });

        for (int i = 0; i < 30; i++)
        {
            Frame(rig, board); // advances the clock by 100 ms, so the feed's timer runs as well
        }

        Assert.InRange(renders, 11, 12); // 3 s at 4 a second
        Assert.Equal(renders, feed.Renders);
    }

    [Fact]
    public void Without_changes_it_still_renders_once_a_second_for_clocks_and_the_link_check()
    {
        using var rig = new ConsoleRig();
        int renders = 0;
        using var feed = new LiveFeed(Board(rig), rig.Alarms, rig.Time, () => { renders++; return Task.CompletedTask; });
        rig.Time.Advance(TimeSpan.FromMilliseconds(250)); // the first period renders what the component has
        renders = 0;

        rig.Time.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(3, renders);
    }

    [Fact]
    public void An_alarm_change_renders_within_a_quarter_second_and_dispose_unsubscribes()
    {
        using var rig = new ConsoleRig();
        int renders = 0;
        var feed = new LiveFeed(Board(rig), rig.Alarms, rig.Time, () => { renders++; return Task.CompletedTask; });
        rig.Time.Advance(TimeSpan.FromMilliseconds(250));
        renders = 0;

        rig.Alarms.Update(AlarmKey.Console(AlarmCondition.EmergencyStop), true);
        rig.Time.Advance(TimeSpan.FromMilliseconds(250));
        Assert.Equal(1, renders);

        feed.Dispose();
        rig.Alarms.Update(AlarmKey.Console(AlarmCondition.StorageFailure), true);
        rig.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, renders);
    }
}
