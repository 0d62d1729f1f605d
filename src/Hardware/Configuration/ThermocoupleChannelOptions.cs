namespace CryoWeb.Hardware.Configuration;

/// <summary>One MAX31856 amplifier. Exactly one of <see cref="ChipSelectLine"/> and <see cref="ChipSelectPin"/> is set.</summary>
public sealed class ThermocoupleChannelOptions
{
    public string Name { get; set; } = string.Empty;

    /// <summary>1-based probe number when this thermocouple is a probe tip; empty for a thermal sensor.</summary>
    public int? TipOfProbe { get; set; }

    /// <summary>Native SPI chip-select line of the bus (e.g. 0 or 1 on a Pi).</summary>
    public int? ChipSelectLine { get; set; }

    /// <summary>GPIO pin used as chip select (active low), for more amplifiers than the bus has native lines.</summary>
    public int? ChipSelectPin { get; set; }
}
