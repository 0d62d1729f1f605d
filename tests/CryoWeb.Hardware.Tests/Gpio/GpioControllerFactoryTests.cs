using CryoWeb.Hardware.Gpio;

namespace CryoWeb.Hardware.Tests.Gpio;

// The drivers themselves need GPIO hardware; these tests cover the argument rules only.
public class GpioControllerFactoryTests
{
    [Fact]
    public void Negative_chip_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => GpioControllerFactory.Create(GpioDriverKind.LibGpiod, -1));
        Assert.Equal("chip", ex.ParamName);
    }

    [Fact]
    public void Auto_accepts_no_chip_other_than_zero()
    {
        var ex = Assert.Throws<ArgumentException>(() => GpioControllerFactory.Create(GpioDriverKind.Auto, 2));
        Assert.Equal("chip", ex.ParamName);
        Assert.StartsWith("GPIO chip 2 was given with driver Auto", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_driver_kind_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => GpioControllerFactory.Create((GpioDriverKind)9, 0));
        Assert.Equal("kind", ex.ParamName);
    }
}
