namespace CryoWeb.Controller.Commands;

/// <summary>Pause, resume, skip, extend or abort the protocol of one probe (1-based; 0 = every probe with a protocol).</summary>
public sealed record ProtocolActionCommand(int ProbeNumber, ProtocolAction Action, TimeSpan ExtendBy = default) : ControllerCommand
{
    /// <summary>The longest a single extension may add (longer is refused before it reaches the protocol).</summary>
    public static readonly TimeSpan MaxExtendBy = TimeSpan.FromMinutes(30);
}
