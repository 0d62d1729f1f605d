namespace CryoWeb.Controller.Frames;

/// <summary>Something that consumes every control frame on the feed thread (alarms, storage, telemetry).</summary>
public interface IFrameSubscriber
{
    /// <summary>Called for each frame in order. The frame is reused after the call: copy what you keep.</summary>
    void OnFrame(ControlFrame frame);

    /// <summary>Frames were overwritten before the feed could read them (the feed fell a whole ring behind).</summary>
    void OnFramesLost(long first, long count);
}
