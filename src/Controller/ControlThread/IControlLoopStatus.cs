namespace CryoWeb.Controller.ControlThread;

/// <summary>What the console may know of the control thread itself (health checks): whether it runs, and when it last ticked.</summary>
public interface IControlLoopStatus
{
    /// <summary>Whether the control thread is alive.</summary>
    bool IsRunning { get; }

    /// <summary>The monotonic timestamp (<see cref="TimeProvider.GetTimestamp"/>) of the last completed tick.</summary>
    long LastTickTimestamp { get; }
}
