using CryoWeb.Controller.Timekeeping;

namespace CryoWeb.Controller.Tests.Timekeeping;

/// <summary>The console's clock follows elapsed time, not steps of the wall clock, until it is told to re-anchor.</summary>
public sealed class SteadyClockTests
{
    private static readonly DateTimeOffset Boot = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_step_of_the_wall_clock_does_not_move_the_steady_clock_but_elapsed_time_does()
    {
        var system = new SteppingTimeProvider(Boot);
        var clock = new SteadyClock(system);

        system.Advance(TimeSpan.FromMinutes(3));
        system.Step(TimeSpan.FromHours(26)); // NTP arrives: the Pi booted with yesterday's time
        system.Advance(TimeSpan.FromMinutes(7));

        Assert.Equal(Boot.AddMinutes(10), clock.GetUtcNow());
        Assert.Equal(TimeSpan.FromHours(26), clock.WallClockOffset);
        Assert.Equal(system.GetTimestamp(), clock.GetTimestamp());
    }

    [Fact]
    public void Reanchoring_takes_the_wall_clock_and_says_how_far_it_moved()
    {
        var system = new SteppingTimeProvider(Boot);
        var clock = new SteadyClock(system);
        system.Advance(TimeSpan.FromSeconds(30));
        system.Step(TimeSpan.FromMinutes(-2));

        var moved = clock.Reanchor();
        system.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(TimeSpan.FromMinutes(-2), moved);
        Assert.Equal(system.GetUtcNow(), clock.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, clock.WallClockOffset);
    }

    [Fact]
    public void Reading_the_time_allocates_nothing()
    {
        var clock = new SteadyClock(TimeProvider.System);
        clock.GetUtcNow();
        long before = GC.GetAllocatedBytesForCurrentThread();

        for (int i = 0; i < 1000; i++)
        {
            clock.GetUtcNow();
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
