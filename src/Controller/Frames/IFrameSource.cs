using CryoWeb.Controller.Configuration;

namespace CryoWeb.Controller.Frames;

/// <summary>Where published frames are read: the control loop's ring and the options it ticks with.</summary>
public interface IFrameSource
{
    FrameRing Frames { get; }

    ControllerOptions Options { get; }
}
