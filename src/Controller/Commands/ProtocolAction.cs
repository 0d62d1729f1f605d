namespace CryoWeb.Controller.Commands;

/// <summary>What to do with a running protocol.</summary>
public enum ProtocolAction
{
    Pause,
    Resume,
    SkipStep,
    ExtendStep,
    Abort,
}
