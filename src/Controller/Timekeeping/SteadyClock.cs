namespace CryoWeb.Controller.Timekeeping;

/// <summary>
/// The console's clock: wall time as it was at the last anchor plus the monotonic time elapsed since, so a step of
/// the system clock (NTP arriving late on a controller without a battery clock, someone setting the date) never
/// shortens or lengthens a protocol step, the freeze duty cycle or a safety timer, and recorded times never run
/// backwards within a procedure. <see cref="ClockFollower"/> moves the anchor to the wall clock again, but only while
/// no procedure runs. Reading the time allocates nothing (safe on the control thread). Timers and timestamps are the
/// inner provider's (monotonic already).
/// </summary>
public sealed class SteadyClock : TimeProvider
{
    private readonly TimeProvider _inner;
    private Anchor _anchor;

    public SteadyClock(TimeProvider inner)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _anchor = new Anchor(inner.GetUtcNow(), inner.GetTimestamp());
    }

    /// <summary>How far the wall clock is ahead of this clock (negative: behind); zero until the wall clock steps.</summary>
    public TimeSpan WallClockOffset => _inner.GetUtcNow() - GetUtcNow();

    public override DateTimeOffset GetUtcNow()
    {
        var anchor = Volatile.Read(ref _anchor);
        return anchor.Wall + _inner.GetElapsedTime(anchor.Timestamp);
    }

    public override long GetTimestamp() => _inner.GetTimestamp();

    public override long TimestampFrequency => _inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _inner.CreateTimer(callback, state, dueTime, period);

    /// <summary>Takes the wall clock's time from now on. Returns how far this clock moved.</summary>
    public TimeSpan Reanchor()
    {
        var before = GetUtcNow();
        var anchor = new Anchor(_inner.GetUtcNow(), _inner.GetTimestamp());
        Volatile.Write(ref _anchor, anchor);
        return anchor.Wall - before;
    }

    private sealed record Anchor(DateTimeOffset Wall, long Timestamp);
}
