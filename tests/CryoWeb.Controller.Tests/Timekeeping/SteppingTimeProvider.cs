namespace CryoWeb.Controller.Tests.Timekeeping;

/// <summary>A system clock whose wall time can be stepped without the monotonic time moving (what NTP or `date` does).</summary>
internal sealed class SteppingTimeProvider(DateTimeOffset wall) : TimeProvider
{
    private DateTimeOffset _wall = wall;
    private long _monotonicTicks;

    public override DateTimeOffset GetUtcNow() => _wall;

    public override long GetTimestamp() => _monotonicTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>Time passes: both clocks move.</summary>
    public void Advance(TimeSpan elapsed)
    {
        _wall += elapsed;
        _monotonicTicks += elapsed.Ticks;
    }

    /// <summary>The wall clock is set: only it moves.</summary>
    public void Step(TimeSpan by) => _wall += by;
}
