using System.Device.Gpio;
using System.Device.Gpio.Drivers;
using System.Reflection;

namespace CryoWeb.Hardware.Gpio;

/// <summary>
/// The one place that knows which System.Device.Gpio 4.2.0 drivers bring a line up as an output at the level asked
/// for, and which switch it to output at their default (low) level first. Used by the options validator for an
/// explicit driver and by <see cref="Valves.GpioValveBank"/> for the driver a controller actually runs on
/// (<see cref="GpioDriverKind.Auto"/> is only decided at run time).
/// </summary>
/// <remarks>
/// <para><c>GpioController.OpenPin(pin, Output, value)</c> calls <c>GpioDriver.SetPinMode(pin, Output, value)</c>.
/// GpioDriver's own implementation sets the mode first and writes the value afterwards. RaspberryPi3Driver (register
/// driver: writes the level, then the direction) and LibGpiodDriver (requests the line as an output with the value as
/// its default) override it; LibGpiodV2Driver and SysFsDriver inherit the default, so a line opened High is Low for a
/// moment (checked in the 4.2.0 binaries; <c>GpioOutputStartupTests</c> fails if a package update changes which of
/// them override the method).</para>
/// <para>Types are matched exactly: a subclass may override <c>SetPinMode</c> again, so it is not trusted. A driver
/// this class does not know is treated as one that glitches.</para>
/// </remarks>
public static class GpioOutputStartup
{
    private static readonly Type[] GlitchFreeDriverTypes = [typeof(RaspberryPi3Driver), typeof(LibGpiodDriver)];

    // GpioController 4.2.0 has no public or protected member that returns its driver: only the private field set by
    // both constructors (GpioController() picks the driver in a private method). Found by type, not by name.
    private static readonly FieldInfo? ControllerDriverField = FindControllerDriverField();

    /// <summary>True if a controller over a <paramref name="driverType"/> driver opens an output at the level asked
    /// for without driving the line low first. False for LibGpiodV2Driver, SysFsDriver and every type not known here.</summary>
    public static bool IsGlitchFree(Type driverType)
    {
        ArgumentNullException.ThrowIfNull(driverType);
        return Array.IndexOf(GlitchFreeDriverTypes, driverType) >= 0;
    }

    /// <summary>The driver type <see cref="GpioControllerFactory"/> creates for <paramref name="kind"/>, or null for
    /// <see cref="GpioDriverKind.Auto"/> (and unknown kinds), whose driver is only known once the controller exists.</summary>
    public static Type? DriverTypeOf(GpioDriverKind kind) => kind switch
    {
        GpioDriverKind.LibGpiod => typeof(LibGpiodDriver),
        GpioDriverKind.LibGpiodV2 => typeof(LibGpiodV2Driver),
        GpioDriverKind.SysFs => typeof(SysFsDriver),
        _ => null,
    };

    /// <summary>True if the configured <paramref name="kind"/> is known to drive a new output low before writing its
    /// level (LibGpiodV2, SysFs). False for LibGpiod and for Auto, which the valve bank checks at run time.</summary>
    public static bool IsKnownToGlitch(GpioDriverKind kind) => DriverTypeOf(kind) is { } type && !IsGlitchFree(type);

    /// <summary>The type of the driver <paramref name="controller"/> runs on, or null if it cannot be found (disposed
    /// controller, or a System.Device.Gpio version that keeps the driver elsewhere). Callers treat null as a driver
    /// that glitches.</summary>
    public static Type? DriverTypeOf(GpioController controller)
    {
        ArgumentNullException.ThrowIfNull(controller);
        return ControllerDriverField?.GetValue(controller)?.GetType();
    }

    private static FieldInfo? FindControllerDriverField()
    {
        FieldInfo[] fields = typeof(GpioController)
            .GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            .Where(f => typeof(GpioDriver).IsAssignableFrom(f.FieldType))
            .ToArray();
        return fields.Length == 1 ? fields[0] : null;
    }
}
