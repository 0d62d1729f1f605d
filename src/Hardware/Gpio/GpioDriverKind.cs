namespace CryoWeb.Hardware.Gpio;

/// <summary>Which System.Device.Gpio driver drives the GPIO lines.</summary>
public enum GpioDriverKind
{
    /// <summary>Let <c>new GpioController()</c> choose: on a Raspberry Pi 3/4 the register driver (/dev/gpiomem),
    /// on a Pi 5 LibGpiodDriver on the pin-header chip, elsewhere libgpiod, falling back to sysfs. If that turns out
    /// to be LibGpiodV2Driver or SysFsDriver, GpioValveBank refuses active-low valves (see GpioOutputStartup).</summary>
    Auto,

    /// <summary>LibGpiodDriver: libgpiod 1.x (libgpiod.so.2) through the GPIO character device.</summary>
    LibGpiod,

    /// <summary>LibGpiodV2Driver: libgpiod 2.x (libgpiod.so.3) through the GPIO character device.</summary>
    LibGpiodV2,

    /// <summary>SysFsDriver: the deprecated /sys/class/gpio interface.</summary>
    SysFs,
}
