using System.Device.Gpio;
using System.Device.Gpio.Drivers;
using System.Globalization;

namespace CryoWeb.Hardware.Gpio;

/// <summary>
/// Creates the GPIO controller for the configured driver (System.Device.Gpio 4.2.0).
/// </summary>
/// <remarks>
/// 4.2.0 has no <c>PinNumberingScheme</c> any more: <see cref="GpioController"/> has exactly two constructors,
/// <c>GpioController()</c> and <c>GpioController(GpioDriver)</c>, and pins are always logical (line) numbers.
/// None of the constructors used here is marked obsolete or experimental.
/// </remarks>
public static class GpioControllerFactory
{
    /// <summary>Creates a controller over the driver of <paramref name="kind"/> for GPIO chip <paramref name="chip"/>.</summary>
    /// <param name="kind">The driver.</param>
    /// <param name="chip">GPIO chip number (/dev/gpiochipN). <see cref="GpioDriverKind.Auto"/> picks the chip itself
    /// and accepts only 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Unknown <paramref name="kind"/> or negative <paramref name="chip"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="chip"/> is not 0 with <see cref="GpioDriverKind.Auto"/>.</exception>
    public static GpioController Create(GpioDriverKind kind, int chip)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(chip);
        return kind switch
        {
            GpioDriverKind.Auto when chip != 0 => throw new ArgumentException(
                $"GPIO chip {chip} was given with driver {kind}, which picks the chip itself; choose LibGpiod, LibGpiodV2 or SysFs to use chip {chip}.",
                nameof(chip)),
            GpioDriverKind.Auto => new GpioController(),
            GpioDriverKind.LibGpiod => WithDriver(() => new LibGpiodDriver(chip)),
            GpioDriverKind.LibGpiodV2 => WithDriver(() => new LibGpiodV2Driver(chip)),

            // SysFsDriver(GpioChipInfo) uses only the Id (it reads the chip's base line number from sysfs);
            // SysFsDriver() is the same as chip 0.
            GpioDriverKind.SysFs => WithDriver(() => new SysFsDriver(
                new GpioChipInfo(chip, "gpiochip" + chip.ToString(CultureInfo.InvariantCulture), string.Empty, 0))),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown GPIO driver kind."),
        };
    }

    private static GpioController WithDriver(Func<GpioDriver> createDriver)
    {
        GpioDriver driver = createDriver();
        try
        {
            return new GpioController(driver);
        }
        catch
        {
            driver.Dispose();
            throw;
        }
    }
}
