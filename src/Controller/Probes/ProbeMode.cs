namespace CryoWeb.Controller.Probes;

/// <summary>What a probe is doing.</summary>
public enum ProbeMode
{
    /// <summary>Valves closed, probe not in use.</summary>
    Off,

    /// <summary>Freeze valve duty-cycled at the set power (10-100 %).</summary>
    Freeze,

    /// <summary>A weak freeze that only holds the needle in the tissue.</summary>
    Stick,

    /// <summary>Valves closed: the tissue warms the probe.</summary>
    PassiveThaw,

    /// <summary>Thaw valve open until the tip passes the end temperature or the time runs out.</summary>
    ActiveThaw,
}
