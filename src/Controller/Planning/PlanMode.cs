namespace CryoWeb.Controller.Planning;

/// <summary>What the probes do during one step of a planned protocol.</summary>
public enum PlanMode
{
    /// <summary>Freeze valve duty-cycled at the step's power.</summary>
    Freeze,

    /// <summary>A weak freeze that only holds the needle in place (freeze at <see cref="PlanStep.StickPowerPercent"/>).</summary>
    Stick,

    /// <summary>All valves closed: the tissue warms the probe.</summary>
    PassiveThaw,

    /// <summary>Thaw valve open: thaw gas warms the tip.</summary>
    ActiveThaw,

    /// <summary>Probe not used: valves closed.</summary>
    Off,
}
