namespace CryoWeb.Hardware.Valves;

/// <summary>What a valve does in the gas circuit. Every valve is normally closed (de-energised = closed).</summary>
public enum ValveKind
{
    /// <summary>Argon to one probe: open = Joule-Thomson cooling at its tip.</summary>
    Freeze,

    /// <summary>Thaw gas to one probe: open = active warming of its tip.</summary>
    Thaw,

    /// <summary>Main argon supply shut-off.</summary>
    ArgonSupply,

    /// <summary>Main thaw-gas supply shut-off.</summary>
    ThawSupply,

    /// <summary>Vents the gas lines to the exhaust.</summary>
    Vent,
}
