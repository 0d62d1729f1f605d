namespace CryoWeb.WebUI.Live;

/// <summary>The colour class of a temperature on a tile, coldest meaningful band wins.</summary>
public enum TemperatureBand
{
    /// <summary>Above 0 °C.</summary>
    AboveZero,

    /// <summary>At or below 0 °C.</summary>
    BelowZero,

    /// <summary>At or below −20 °C.</summary>
    BelowMinus20,

    /// <summary>At or below −40 °C.</summary>
    BelowMinus40,

    /// <summary>A critical structure at or past its limit.</summary>
    PastLimit,

    /// <summary>No valid reading.</summary>
    Faulted,
}
