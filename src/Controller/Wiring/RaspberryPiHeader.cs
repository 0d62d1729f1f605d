namespace CryoWeb.Controller.Wiring;

/// <summary>
/// The 40-pin Raspberry Pi header (every model since the B+): which physical pin carries which BCM GPIO, and the
/// GPIOs of the buses the console uses (SPI0, SPI1, I2C1) in their default Raspberry Pi OS assignment.
/// </summary>
public static class RaspberryPiHeader
{
    /// <summary>Physical header pin of each BCM GPIO 0..27, indexed by GPIO number.</summary>
    private static readonly int[] HeaderPinOfGpio =
    [
        27, 28, 3, 5, 7, 29, 31, 26, 24, 21, // GPIO 0-9
        19, 23, 32, 33, 8, 10, 36, 11, 12, 35, // GPIO 10-19
        38, 40, 15, 16, 18, 22, 37, 13, // GPIO 20-27
    ];

    /// <summary>The header pin of BCM <paramref name="gpio"/>, or null when the GPIO is not on the 40-pin header.</summary>
    public static int? HeaderPin(int gpio) => gpio >= 0 && gpio < HeaderPinOfGpio.Length ? HeaderPinOfGpio[gpio] : null;

    /// <summary>SCLK, MOSI, MISO and the native chip selects (CE0, CE1, ...) of SPI <paramref name="bus"/>; null for a bus
    /// not on the header in the default assignment.</summary>
    public static SpiBusPins? SpiBus(int bus) => bus switch
    {
        0 => new SpiBusPins(Sclk: 11, Mosi: 10, Miso: 9, ChipSelects: [8, 7]),
        1 => new SpiBusPins(Sclk: 21, Mosi: 20, Miso: 19, ChipSelects: [18, 17, 16]),
        _ => null,
    };

    /// <summary>SDA and SCL of I2C <paramref name="bus"/>; null for a bus other than I2C1 (I2C0 on GPIO 0/1 is
    /// reserved for the HAT ID EEPROM).</summary>
    public static (int Sda, int Scl)? I2cBus(int bus) => bus == 1 ? (2, 3) : null;
}
