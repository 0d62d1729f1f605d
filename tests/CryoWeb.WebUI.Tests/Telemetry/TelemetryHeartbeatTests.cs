using CryoWeb.WebUI.Live;
using CryoWeb.WebUI.Telemetry;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.WebUI.Tests.Telemetry;

/// <summary>
/// The hub's heartbeat on a fake clock: silent while batches flow, every 500 ms while idle, and it tells a silent
/// controller (loop stalled, watchdog tripped) from a live one, with the age of the newest frame.
/// </summary>
public sealed class TelemetryHeartbeatTests
{
    private readonly FakeTimeProvider _time = new(Frames.Start);
    private readonly List<TelemetryHeartbeat> _sent = [];
    private TimeSpan _sinceLastBatch = TimeSpan.Zero;
    private LiveStatus _status = LiveStatus.Empty;

    [Fact]
    public async Task Nothing_is_sent_while_batches_flow_from_a_publishing_controller()
    {
        using var sender = await StartAsync();
        Publishing(frameAge: TimeSpan.FromMilliseconds(100));

        for (int i = 0; i < 6; i++)
        {
            _sinceLastBatch = TimeSpan.FromMilliseconds(50);
            _time.Advance(TelemetryHeartbeatSender.Interval);
        }

        Assert.Empty(_sent);
        await sender.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task An_idle_hub_beats_every_half_second_saying_the_controller_publishes()
    {
        using var sender = await StartAsync();
        Publishing(frameAge: TimeSpan.FromMilliseconds(200));
        _sinceLastBatch = TimeSpan.FromSeconds(3);

        _time.Advance(TelemetryHeartbeatSender.Interval - TimeSpan.FromMilliseconds(1));
        Assert.Empty(_sent);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        _time.Advance(TelemetryHeartbeatSender.Interval);

        Assert.Equal(2, _sent.Count);
        var beat = _sent[^1];
        Assert.True(beat.ControllerPublishing);
        Assert.Equal(_time.GetUtcNow().ToUnixTimeMilliseconds(), beat.ServerUnixMs);
        Assert.Equal(1200, beat.NewestFrameAgeMilliseconds); // 200 ms old at the start, two intervals ago
        await sender.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_silent_controller_is_reported_with_the_age_of_its_newest_frame_even_right_after_a_batch()
    {
        using var sender = await StartAsync();
        _status = LiveStatus.Empty with { Sequence = 90, Time = _time.GetUtcNow().AddSeconds(-5), ControllerLinkOk = false };
        _sinceLastBatch = TimeSpan.FromMilliseconds(20); // a batch that only reported lost frames

        _time.Advance(TelemetryHeartbeatSender.Interval);

        var beat = Assert.Single(_sent);
        Assert.False(beat.ControllerPublishing);
        Assert.Equal(5500, beat.NewestFrameAgeMilliseconds);
        await sender.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Before_the_first_frame_the_controller_is_not_publishing_and_has_no_frame_age()
    {
        using var sender = await StartAsync();
        _sinceLastBatch = TimeSpan.FromSeconds(1);

        _time.Advance(TelemetryHeartbeatSender.Interval);

        var beat = Assert.Single(_sent);
        Assert.False(beat.ControllerPublishing);
        Assert.Null(beat.NewestFrameAgeMilliseconds);
        await sender.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_send_still_under_way_makes_the_next_beats_no_ops_instead_of_piling_up()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int calls = 0;
        using var sender = new TelemetryHeartbeatSender(() => TimeSpan.FromSeconds(5), () => _status, (beat, token) =>
        {
            Interlocked.Increment(ref calls);
            return release.Task;
        }, _time, NullLogger<TelemetryHeartbeatSender>.Instance);
        await sender.StartAsync(CancellationToken.None);

        for (int i = 0; i < 5; i++)
        {
            _time.Advance(TelemetryHeartbeatSender.Interval);
        }

        Assert.Equal(1, calls);
        release.SetResult();
        Assert.True(await Integration.Eventually.HoldsAsync(() =>
        {
            _time.Advance(TelemetryHeartbeatSender.Interval);
            return Volatile.Read(ref calls) > 1;
        }), "beats never resumed after the stalled send finished");
        await sender.StopAsync(CancellationToken.None);
    }

    private void Publishing(TimeSpan frameAge) =>
        _status = LiveStatus.Empty with { Sequence = 10, Time = _time.GetUtcNow() - frameAge, ControllerLinkOk = true };

    private async Task<TelemetryHeartbeatSender> StartAsync()
    {
        var sender = new TelemetryHeartbeatSender(() => _sinceLastBatch, () => _status, (beat, token) =>
        {
            _sent.Add(beat);
            return Task.CompletedTask;
        }, _time, NullLogger<TelemetryHeartbeatSender>.Instance);
        await sender.StartAsync(CancellationToken.None);
        return sender;
    }
}
