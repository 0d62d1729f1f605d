using System.Threading.Channels;
using CryoWeb.WebUI.Telemetry;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.WebUI.Tests.Telemetry;

public sealed class TelemetryBroadcasterTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _time = new(Frames.Start);
    private readonly Channel<TelemetryBatch> _sent = Channel.CreateUnbounded<TelemetryBatch>();

    [Fact]
    public async Task Frames_arriving_together_go_out_in_one_batch_after_the_interval_with_times_in_unix_ms_and_faults_as_null()
    {
        var history = new TelemetryHistory(Frames.Channels, 100);
        using var broadcaster = Start(history, new TelemetryBatcher(Frames.Channels, Frames.Probes));
        broadcaster.OnFrame(Frames.At(1));
        broadcaster.OnFrame(Frames.At(2, faultedChannel: 4));

        _time.Advance(TelemetryBroadcaster.BatchInterval - TimeSpan.FromMilliseconds(1));
        Assert.False(_sent.Reader.TryRead(out _), "nothing may be sent before the batch interval");
        _time.Advance(TimeSpan.FromMilliseconds(1));
        var batch = await _sent.Reader.ReadAsync().AsTask().WaitAsync(Deadline);

        Assert.Equal(new[] { Frames.UnixMsOf(1), Frames.UnixMsOf(2) }, batch.Times);
        Assert.Equal(1, batch.FirstSequence);
        Assert.Equal(0, batch.LostFrames);
        Assert.Equal(Frames.Channels, batch.Values.Count);
        Assert.Equal(new float?[] { -1, -2 }, batch.Values[0]);
        Assert.Equal(new float?[] { -5, null }, batch.Values[4]);
        Assert.Equal(new[] { "Freeze", "Off" }, batch.ProbeModes);
        Assert.Equal(2, history.FullRateCount);
        await broadcaster.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_frame_arriving_an_interval_after_the_last_batch_leaves_at_once_without_waiting_for_the_timer()
    {
        using var broadcaster = Start(new TelemetryHistory(Frames.Channels, 100), new TelemetryBatcher(Frames.Channels, Frames.Probes));
        broadcaster.OnFrame(Frames.At(1));
        _time.Advance(TelemetryBroadcaster.BatchInterval);
        Assert.Equal(new[] { Frames.UnixMsOf(1) }, (await _sent.Reader.ReadAsync().AsTask().WaitAsync(Deadline)).Times);

        // The next frame is due (one interval less the jitter allowance later): it is sent with no time passing at all.
        _time.Advance(TelemetryBroadcaster.BatchInterval - TelemetryBroadcaster.FrameJitter - TimeSpan.FromMilliseconds(1));
        Assert.False(_sent.Reader.TryRead(out _));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        broadcaster.OnFrame(Frames.At(2));
        Assert.Equal(new[] { Frames.UnixMsOf(2) }, (await _sent.Reader.ReadAsync().AsTask().WaitAsync(Deadline)).Times);

        // A frame right after that batch is early: it waits for the timer.
        broadcaster.OnFrame(Frames.At(3));
        await Task.Yield();
        Assert.False(_sent.Reader.TryRead(out _), "an early frame must wait for the interval");
        _time.Advance(TelemetryBroadcaster.BatchInterval);
        Assert.Equal(new[] { Frames.UnixMsOf(3) }, (await _sent.Reader.ReadAsync().AsTask().WaitAsync(Deadline)).Times);
        await broadcaster.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Nothing_is_sent_when_nothing_happened_and_lost_frames_are_reported()
    {
        using var broadcaster = Start(new TelemetryHistory(Frames.Channels, 100), new TelemetryBatcher(Frames.Channels, Frames.Probes));
        _time.Advance(TelemetryBroadcaster.BatchInterval);
        broadcaster.OnFramesLost(1, 7);
        broadcaster.OnFrame(Frames.At(9));
        _time.Advance(TelemetryBroadcaster.BatchInterval);

        var batch = await _sent.Reader.ReadAsync().AsTask().WaitAsync(Deadline);
        Assert.Equal(7, batch.LostFrames);
        Assert.Equal(9, batch.FirstSequence);
        Assert.False(_sent.Reader.TryRead(out _), "the empty interval before must not have produced a batch");
        await broadcaster.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_full_collector_counts_frames_as_lost_instead_of_growing()
    {
        using var broadcaster = Start(new TelemetryHistory(Frames.Channels, 100), new TelemetryBatcher(Frames.Channels, Frames.Probes, capacity: 4));
        for (int s = 1; s <= 6; s++)
        {
            broadcaster.OnFrame(Frames.At(s));
        }

        _time.Advance(TelemetryBroadcaster.BatchInterval);
        var batch = await _sent.Reader.ReadAsync().AsTask().WaitAsync(Deadline);
        Assert.Equal(4, batch.Times.Count);
        Assert.Equal(2, batch.LostFrames);
        await broadcaster.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_stalled_send_never_holds_up_the_feed_and_every_frame_is_either_sent_or_reported_lost()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var history = new TelemetryHistory(Frames.Channels, 1000);
        using var broadcaster = new TelemetryBroadcaster(
            new TelemetryBatcher(Frames.Channels, Frames.Probes),
            history,
            () => null,
            async (batch, token) =>
            {
                await release.Task.WaitAsync(token);
                await _sent.Writer.WriteAsync(batch, token);
            },
            _time,
            NullLogger<TelemetryBroadcaster>.Instance);
        await broadcaster.StartAsync(CancellationToken.None);

        const int Batches = TelemetryBroadcaster.QueueCapacity + 6;
        for (int b = 0; b < Batches; b++)
        {
            broadcaster.OnFrame(Frames.At((2 * b) + 1));
            broadcaster.OnFrame(Frames.At((2 * b) + 2));
            _time.Advance(TelemetryBroadcaster.BatchInterval);
        }

        release.SetResult();
        long samples = 0;
        long lost = 0;
        long lastTime = 0;
        var newest = Frames.UnixMsOf(2 * Batches);
        while (lastTime != newest)
        {
            (samples, lost, lastTime) = Count(await _sent.Reader.ReadAsync().AsTask().WaitAsync(Deadline), samples, lost, lastTime);
        }

        // The queue is empty now: the next interval reports the batches dropped last.
        _time.Advance(TelemetryBroadcaster.BatchInterval);
        (samples, lost, _) = Count(await _sent.Reader.ReadAsync().AsTask().WaitAsync(Deadline), samples, lost, lastTime);

        Assert.Equal(2 * Batches, samples + lost);
        Assert.True(lost > 0, "the queue should have dropped batches while the send stalled");
        Assert.Equal(2 * Batches, history.FullRateCount);
        await broadcaster.StopAsync(CancellationToken.None);
    }

    private static (long Samples, long Lost, long LastTime) Count(TelemetryBatch batch, long samples, long lost, long lastTime)
    {
        Assert.All(batch.Times, t => Assert.True(t > lastTime, "times must only increase"));
        return (samples + batch.Times.Count, lost + batch.LostFrames, batch.Times.Count > 0 ? batch.Times[^1] : lastTime);
    }

    private TelemetryBroadcaster Start(TelemetryHistory history, TelemetryBatcher batcher)
    {
        var broadcaster = new TelemetryBroadcaster(batcher, history, () => null, (batch, token) => _sent.Writer.WriteAsync(batch, token).AsTask(), _time, NullLogger<TelemetryBroadcaster>.Instance);
        broadcaster.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        return broadcaster;
    }
}
