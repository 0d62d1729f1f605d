using CryoWeb.Controller.ReadModel;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Tests.Control;
using CryoWeb.Controller.Timekeeping;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryoWeb.Controller.Tests.Timekeeping;

/// <summary>The console's clock follows the wall clock only while no procedure runs.</summary>
public sealed class ClockFollowerTests
{
    private static readonly DateTimeOffset Boot = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);
    private readonly SteppingTimeProvider _system = new(Boot);
    private Guid? _running;

    private (SteadyClock Clock, ClockFollower Follower) Create()
    {
        var clock = new SteadyClock(_system);
        return (clock, new ClockFollower(clock, () => _running is Guid procedure ? $"procedure {procedure} runs" : null, NullLogger<ClockFollower>.Instance));
    }

    [Fact]
    public void With_no_procedure_running_the_clock_follows_a_step_of_the_wall_clock()
    {
        var (clock, follower) = Create();
        _system.Advance(TimeSpan.FromMinutes(1));
        _system.Step(TimeSpan.FromHours(5));

        Assert.True(follower.Check());

        Assert.Equal(_system.GetUtcNow(), clock.GetUtcNow());
    }

    [Fact]
    public void During_a_procedure_the_clock_holds_and_follows_once_the_procedure_ended()
    {
        var (clock, follower) = Create();
        _running = Guid.NewGuid();
        _system.Advance(TimeSpan.FromMinutes(4));
        var before = clock.GetUtcNow();
        _system.Step(TimeSpan.FromHours(5));
        _system.Advance(TimeSpan.FromMinutes(6));

        Assert.False(follower.Check());
        Assert.Equal(before.AddMinutes(6), clock.GetUtcNow());

        _running = null;
        Assert.True(follower.Check());
        Assert.Equal(_system.GetUtcNow(), clock.GetUtcNow());
    }

    [Fact]
    public void Without_a_step_nothing_moves()
    {
        var (clock, follower) = Create();
        _system.Advance(TimeSpan.FromMinutes(30));

        Assert.False(follower.Check());
        Assert.Equal(_system.GetUtcNow(), clock.GetUtcNow());
    }

    [Fact]
    public void A_probe_freezing_outside_a_procedure_holds_the_clock_too()
    {
        var console = new ConsoleHarness();
        var readModel = new ConsoleReadModel(console.Core);
        console.Tick();
        readModel.OnFrame(console.LastFrame());
        Assert.Null(ClockFollower.HoldReason(null, readModel.Latest));

        Assert.True(console.Send(new SetProbeModeCommand(2, ProbeMode.Freeze)).Accepted);
        Assert.Null(ClockFollower.HoldReason(null, readModel.Latest)); // the follower reads frames, not the probes

        readModel.OnFrame(console.LastFrame());
        Assert.Equal("probe 2 is in Freeze", ClockFollower.HoldReason(null, readModel.Latest));
        Assert.StartsWith("procedure ", ClockFollower.HoldReason(Guid.NewGuid(), readModel.Latest), StringComparison.Ordinal);
    }
}
