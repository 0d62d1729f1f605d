namespace CryoWeb.WebUI.Live;

/// <summary>A control on a probe tile that starts or prolongs gas (stopping gas has none: it is never disabled).</summary>
public enum GasControl
{
    Freeze,
    Stick,
    ActiveThaw,
    StartProtocol,
    Resume,

    /// <summary>"+1 min": a minute more of gas only while the current step freezes.</summary>
    Extend,
}
