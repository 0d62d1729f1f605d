using CryoWeb.Controller.Frames;
using CryoWeb.Controller.Storage;

namespace CryoWeb.Controller.Procedures;

/// <summary>
/// Stores every control frame's temperatures for the running procedure (on the feed thread, allocation-free).
/// Invalid readings are stored as NaN, never as a number.
/// </summary>
public sealed class SampleRecorder(ProcedureStore store) : IFrameSubscriber
{
    private Guid _procedure;
    private int _recording;
    private long _refused;
    private long _lost;

    /// <summary>The procedure being recorded, if any.</summary>
    public Guid? Recording => Volatile.Read(ref _recording) == 1 ? _procedure : null;

    /// <summary>Samples the store refused (queue full or failed): also visible as a storage failure alarm.</summary>
    public long RefusedSamples => Interlocked.Read(ref _refused);

    /// <summary>Frames the feed lost while recording (the feed fell a whole ring behind).</summary>
    public long LostFrames => Interlocked.Read(ref _lost);

    public void Begin(Guid procedureId)
    {
        _procedure = procedureId;
        Volatile.Write(ref _recording, 1);
    }

    public void End() => Volatile.Write(ref _recording, 0);

    public void OnFrame(ControlFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (Volatile.Read(ref _recording) == 0)
        {
            return;
        }

        Span<float> values = stackalloc float[frame.ChannelCount];
        for (int c = 0; c < values.Length; c++)
        {
            values[c] = (float)frame.ChannelCelsius[c];
        }

        if (!store.AppendSample(_procedure, frame.Time, values))
        {
            Interlocked.Increment(ref _refused);
        }
    }

    public void OnFramesLost(long first, long count)
    {
        if (Volatile.Read(ref _recording) == 1)
        {
            Interlocked.Add(ref _lost, count);
        }
    }
}
