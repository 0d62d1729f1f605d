namespace CryoWeb.Controller.Sensors;

/// <summary>
/// Why a thermocouple channel's reading cannot be trusted, as the frames carry it (the web reads these, never the
/// hardware's enum). Bit for bit the hardware's <c>ThermocoupleFaults</c> (a test holds them equal), plus the
/// controller's own <see cref="Implausible"/>.
/// </summary>
[Flags]
public enum SensorFaults : ushort
{
    None = 0,

    /// <summary>Thermocouple open circuit (broken wire or unplugged needle).</summary>
    OpenCircuit = 0x01,

    /// <summary>Input over- or under-voltage (short to a supply rail or to ground).</summary>
    OverUnderVoltage = 0x02,

    /// <summary>Thermocouple temperature below the low threshold.</summary>
    TcLow = 0x04,

    /// <summary>Thermocouple temperature above the high threshold.</summary>
    TcHigh = 0x08,

    /// <summary>Cold junction below the low threshold.</summary>
    CjLow = 0x10,

    /// <summary>Cold junction above the high threshold.</summary>
    CjHigh = 0x20,

    /// <summary>Thermocouple temperature outside the normal range of the selected type.</summary>
    TcRange = 0x40,

    /// <summary>Cold junction outside -55..+125 C.</summary>
    CjRange = 0x80,

    /// <summary>The amplifier could not be read at all (SPI transfer failed or the chip does not answer).</summary>
    BusFailure = 0x100,

    /// <summary>Set by the sensor stage's validation: out of range, or changing faster than a real needle can.</summary>
    Implausible = 0x200,
}
