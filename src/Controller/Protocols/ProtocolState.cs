namespace CryoWeb.Controller.Protocols;

/// <summary>Where a probe's protocol run is.</summary>
public enum ProtocolState
{
    None,
    Running,
    Paused,
    Completed,
    Aborted,
}
