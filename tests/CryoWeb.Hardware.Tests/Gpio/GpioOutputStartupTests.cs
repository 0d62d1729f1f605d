using System.Device.Gpio;
using System.Device.Gpio.Drivers;
using System.Reflection;
using CryoWeb.Hardware.Gpio;
using CryoWeb.Hardware.Tests.Fakes;

namespace CryoWeb.Hardware.Tests.Gpio;

public class GpioOutputStartupTests
{
    [Theory]
    [InlineData(typeof(RaspberryPi3Driver), true)]
    [InlineData(typeof(LibGpiodDriver), true)]
    [InlineData(typeof(LibGpiodV2Driver), false)]
    [InlineData(typeof(SysFsDriver), false)]
    [InlineData(typeof(UnixDriver), false)]
    [InlineData(typeof(FakeGpioDriver), false)]
    public void Knows_which_driver_types_open_an_output_at_its_level(Type driverType, bool glitchFree)
    {
        Assert.Equal(glitchFree, GpioOutputStartup.IsGlitchFree(driverType));
    }

    [Fact]
    public void The_table_matches_which_drivers_of_the_referenced_package_set_the_level_with_the_mode()
    {
        // Fails when a System.Device.Gpio update adds or drops a driver's own SetPinMode(pin, mode, value): the table
        // in GpioOutputStartup must then be checked against the new sources.
        Type[] drivers = typeof(GpioDriver).Assembly.GetExportedTypes()
            .Where(t => t.IsSubclassOf(typeof(GpioDriver)) && !t.IsAbstract)
            .ToArray();
        Type[] withOwnSetPinModeWithValue = drivers
            .Where(t => t.GetMethod(
                    "SetPinMode", BindingFlags.Instance | BindingFlags.NonPublic, [typeof(int), typeof(PinMode), typeof(PinValue)])!
                .DeclaringType != typeof(GpioDriver))
            .ToArray();

        Assert.Superset(
            new HashSet<Type> { typeof(RaspberryPi3Driver), typeof(LibGpiodDriver), typeof(LibGpiodV2Driver), typeof(SysFsDriver) },
            drivers.ToHashSet());
        Assert.Equal(withOwnSetPinModeWithValue.ToHashSet(), drivers.Where(GpioOutputStartup.IsGlitchFree).ToHashSet());
    }

    [Theory]
    [InlineData(GpioDriverKind.Auto, null, false)]
    [InlineData(GpioDriverKind.LibGpiod, typeof(LibGpiodDriver), false)]
    [InlineData(GpioDriverKind.LibGpiodV2, typeof(LibGpiodV2Driver), true)]
    [InlineData(GpioDriverKind.SysFs, typeof(SysFsDriver), true)]
    public void A_configured_driver_kind_is_judged_by_the_driver_type_it_creates(GpioDriverKind kind, Type? driverType, bool knownToGlitch)
    {
        Assert.Equal(driverType, GpioOutputStartup.DriverTypeOf(kind));
        Assert.Equal(knownToGlitch, GpioOutputStartup.IsKnownToGlitch(kind));
    }

    [Fact]
    public void Finds_the_driver_a_controller_runs_on()
    {
        using var controller = new GpioController(new FakeGpioDriver());

        Assert.Equal(typeof(FakeGpioDriver), GpioOutputStartup.DriverTypeOf(controller));
    }

    [Fact]
    public void A_disposed_controller_has_no_driver_to_find()
    {
        var controller = new GpioController(new FakeGpioDriver());
        controller.Dispose();

        Assert.Null(GpioOutputStartup.DriverTypeOf(controller));
    }
}
