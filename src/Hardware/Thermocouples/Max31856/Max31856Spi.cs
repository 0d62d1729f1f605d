using System.Device.Spi;

namespace CryoWeb.Hardware.Thermocouples.Max31856;

/// <summary>SPI connection settings that suit the MAX31856.</summary>
public static class Max31856Spi
{
    /// <summary>Highest SCLK the MAX31856 accepts (datasheet: 5 MHz).</summary>
    public const int MaxClockFrequencyHz = 5_000_000;

    /// <summary>A conservative default clock: a 7-byte read takes about 56 us.</summary>
    public const int DefaultClockFrequencyHz = 1_000_000;

    /// <summary>
    /// <see cref="SpiConnectionSettings.ChipSelectLine"/> value that opens the bus without a native chip select,
    /// for amplifiers selected by <see cref="GpioChipSelect"/>. On Linux, System.Device.Gpio 4.2.0 then opens
    /// /dev/spidev&lt;bus&gt;.0 with SPI_NO_CS (see the README).
    /// </summary>
    public const int NoChipSelectLine = -1;

    /// <summary>SPI mode 1 (CPOL 0, CPHA 1; the MAX31856 supports modes 1 and 3), MSB first, 8-bit words.</summary>
    public static SpiConnectionSettings CreateConnectionSettings(
        int busId, int chipSelectLine, int clockFrequencyHz = DefaultClockFrequencyHz)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(busId);
        ArgumentOutOfRangeException.ThrowIfLessThan(chipSelectLine, NoChipSelectLine);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(clockFrequencyHz);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(clockFrequencyHz, MaxClockFrequencyHz);
        return new SpiConnectionSettings(busId, chipSelectLine)
        {
            Mode = SpiMode.Mode1,
            ClockFrequency = clockFrequencyHz,
            DataBitLength = 8,
            DataFlow = DataFlow.MsbFirst,
        };
    }
}
