using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Frames;

/// <summary>
/// Reads the control loop's frame ring on its own thread and hands every frame, in order, to the subscribers, so the
/// control thread never waits on them. <see cref="Pump"/> does one pass and is what tests call directly.
/// </summary>
public sealed partial class FrameFeed(IFrameSource core, IEnumerable<IFrameSubscriber> subscribers, ILogger<FrameFeed> logger) : IHostedService, IDisposable
{
    private readonly IFrameSubscriber[] _subscribers = [.. subscribers];
    private readonly ControlFrame _frame = new(core.Frames.ChannelCount, core.Frames.ProbeCount);
    private readonly ManualResetEventSlim _stopping = new(false);
    private Thread? _thread;
    private long _next;

    /// <summary>Frames lost because the feed fell behind the ring (each loss is also reported to the subscribers).</summary>
    public long LostFrames { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _next = core.Frames.Published + 1;
        _thread = new Thread(Run) { Name = "cryoweb-frame-feed", IsBackground = true };
        _thread.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Set();
        _thread?.Join(TimeSpan.FromSeconds(2));
        Pump();
        return Task.CompletedTask;
    }

    public void Dispose() => _stopping.Dispose();

    /// <summary>Delivers every frame published since the last pass; returns how many.</summary>
    public int Pump()
    {
        var ring = core.Frames;
        int delivered = 0;
        long published = ring.Published;
        while (_next <= published)
        {
            if (!ring.TryCopy(_next, _frame))
            {
                long resume = Math.Max(_next + 1, ring.Published - (ring.Capacity / 2));
                Lost(_next, resume - _next);
                _next = resume;
                published = ring.Published;
                continue;
            }

            foreach (var subscriber in _subscribers)
            {
                Deliver(subscriber);
            }

            _next++;
            delivered++;
        }

        return delivered;
    }

    private void Deliver(IFrameSubscriber subscriber)
    {
        try
        {
            subscriber.OnFrame(_frame);
        }
        catch (Exception e)
        {
            // One failing consumer must not starve the others (the alarm manager above all).
            LogSubscriberFailed(logger, subscriber.GetType().Name, e);
        }
    }

    private void Lost(long first, long count)
    {
        LostFrames += count;
        LogLost(logger, count, first);
        foreach (var subscriber in _subscribers)
        {
            subscriber.OnFramesLost(first, count);
        }
    }

    /// <summary>
    /// Polls the ring ten times per tick: a frame waits at most a tenth of a tick (10 ms) before the live views get it,
    /// for about a hundred cheap wake-ups a second, and the control thread never signals anyone (no lock, no syscall).
    /// </summary>
    private void Run()
    {
        var period = core.Options.TickPeriod / 10;
        while (!_stopping.Wait(period))
        {
            Pump();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Frame subscriber {Subscriber} failed")]
    private static partial void LogSubscriberFailed(ILogger logger, string subscriber, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} control frames lost from {First}: the frame feed fell behind")]
    private static partial void LogLost(ILogger logger, long count, long first);
}
