using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using CryoWeb.Controller.Frames;
using CryoWeb.Controller.Procedures;

namespace CryoWeb.Controller.Iceball;

/// <summary>
/// Where control frames enter the estimate, on the frame feed's thread (never the control thread): frames of a
/// recording procedure are condensed to <see cref="IceballSecond"/>s and queued for the estimator's own thread;
/// frames outside a procedure, or after lost frames, restart the window.
/// </summary>
internal sealed class IceballFrameIntake(int channels, int probes, SampleRecorder recorder)
{
    private readonly ConcurrentQueue<IceballSecond> _arrived = new();
    private readonly IceballFrameWindow _window = new(channels, probes);

    /// <summary>Adds a frame; true when it closed a second, which is now queued.</summary>
    public bool Add(ControlFrame frame)
    {
        if (recorder.Recording is not Guid procedure)
        {
            _window.Reset();
            return false;
        }

        if (_window.Add(frame, procedure) is { } second)
        {
            _arrived.Enqueue(second);
            return true;
        }

        return false;
    }

    /// <summary>Drops the partly filled second (frames were lost: the next second starts afresh).</summary>
    public void Restart() => _window.Reset();

    /// <summary>The oldest queued second, on the estimator's thread.</summary>
    public bool TryTake([MaybeNullWhen(false)] out IceballSecond second) => _arrived.TryDequeue(out second);
}
