namespace CryoWeb.Controller.Planning;

/// <summary>
/// What the probes do during one step of a planned protocol: the plan file's names for the console's
/// <see cref="Probes.ProbeMode"/> (see <see cref="PlanModeMapping"/>).
/// </summary>
public enum PlanMode
{
    /// <summary>Freeze valve duty-cycled at the step's power.</summary>
    Freeze,

    /// <summary>A weak freeze that only holds the needle in place (the controller's stick power, <c>Controller:StickPowerPercent</c>).</summary>
    Stick,

    /// <summary>All valves closed: the tissue warms the probe.</summary>
    PassiveThaw,

    /// <summary>Thaw valve open: thaw gas warms the tip (for the whole step: a plan has no tip to end it early).</summary>
    ActiveThaw,

    /// <summary>Probe not used: valves closed.</summary>
    Off,
}
