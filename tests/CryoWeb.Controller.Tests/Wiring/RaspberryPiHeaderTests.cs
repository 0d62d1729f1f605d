using CryoWeb.Controller.Wiring;

namespace CryoWeb.Controller.Tests.Wiring;

public sealed class RaspberryPiHeaderTests
{
    /// <summary>Header pins that carry power or ground on the 40-pin header, never a GPIO.</summary>
    private static readonly int[] PowerAndGround = [1, 2, 4, 6, 9, 14, 17, 20, 25, 30, 34, 39];

    [Theory]
    [InlineData(2, 3)]
    [InlineData(3, 5)]
    [InlineData(5, 29)]
    [InlineData(8, 24)]
    [InlineData(17, 11)]
    [InlineData(21, 40)]
    [InlineData(26, 37)]
    [InlineData(27, 13)]
    public void Known_gpios_sit_on_their_header_pins(int gpio, int pin) => Assert.Equal(pin, RaspberryPiHeader.HeaderPin(gpio));

    [Fact]
    public void The_28_gpios_take_the_28_signal_pins_once_each()
    {
        var pins = Enumerable.Range(0, 28).Select(g => RaspberryPiHeader.HeaderPin(g)!.Value).ToList();

        Assert.Equal(28, pins.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 40).Except(PowerAndGround).Order(), pins.Order());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(28)]
    [InlineData(500)]
    public void A_gpio_off_the_header_has_no_pin(int gpio) => Assert.Null(RaspberryPiHeader.HeaderPin(gpio));
}
