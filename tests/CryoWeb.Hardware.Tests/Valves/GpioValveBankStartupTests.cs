using System.Device.Gpio;
using CryoWeb.Hardware.Tests.Fakes;
using CryoWeb.Hardware.Valves;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.Hardware.Tests.Valves;

public class GpioValveBankStartupTests
{
    [Fact]
    public void Active_high_pins_are_opened_as_outputs_already_low()
    {
        var f = new ValveBankFixture(activeLow: false);

        GpioDriverEvent[] expected = ValveBankFixture.PinsInSlotOrder
            .SelectMany(pin => new[] { GpioDriverEvent.Open(pin), GpioDriverEvent.SetModeWithValue(pin, PinMode.Output, PinValue.Low) })
            .ToArray();
        Assert.Equal(expected, f.Driver.Events);
        Assert.All(ValveBankFixture.PinsInSlotOrder, pin => Assert.Equal(PinMode.Output, f.Driver.ModeOf(pin)));
        Assert.All(ValveBankFixture.AllValves, v => Assert.False(f.Bank.IsOpen(v)));
    }

    [Fact]
    public void Active_low_pins_are_opened_as_outputs_already_high()
    {
        var f = new ValveBankFixture(activeLow: true);

        GpioDriverEvent[] expected = ValveBankFixture.PinsInSlotOrder
            .SelectMany(pin => new[] { GpioDriverEvent.Open(pin), GpioDriverEvent.SetModeWithValue(pin, PinMode.Output, PinValue.High) })
            .ToArray();
        Assert.Equal(expected, f.Driver.Events);
    }

    [Fact]
    public void Polarity_is_per_pin()
    {
        var driver = new FakeGpioDriver();
        var map = ValveBankFixture.PinMap().Select(p => p.Valve == ValveId.Vent ? p with { ActiveLow = true } : p).ToList();

        using var bank = new GpioValveBank(new GpioController(driver), 2, map, new FakeTimeProvider(), driver.IsGlitchFreeDriver);

        Assert.Equal(GpioDriverEvent.SetModeWithValue(26, PinMode.Output, PinValue.High), driver.EventsFor(26)[1]);
        Assert.Equal(GpioDriverEvent.SetModeWithValue(5, PinMode.Output, PinValue.Low), driver.EventsFor(5)[1]);
    }

    [Fact]
    public void Last_change_of_every_valve_starts_at_creation()
    {
        var f = new ValveBankFixture();

        Assert.All(ValveBankFixture.AllValves, v => Assert.Equal(ValveBankFixture.Start, f.Bank.LastChange(v)));
    }

    [Fact]
    public void A_pin_that_cannot_be_opened_keeps_the_others_driven_closed_and_names_valve_and_pin()
    {
        var driver = new FakeGpioDriver { ClosePinDrivesLowThenInput = true };
        driver.FailOpensOn(13);
        var controller = new GpioController(driver);

        var ex = Assert.Throws<ValveBankFaultException>(
            () => new GpioValveBank(controller, 2, ValveBankFixture.MixedPolarityPinMap(), new FakeTimeProvider(), driver.IsGlitchFreeDriver));

        Assert.Contains("Thaw valve of probe 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("GPIO 13", ex.Message, StringComparison.Ordinal);
        Assert.IsType<IOException>(ex.InnerException);
        Assert.DoesNotContain(driver.Events, e => e.Kind == GpioDriverEventKind.Close);
        Assert.All([5, 6, 12], pin =>
        {
            Assert.True(controller.IsPinOpen(pin), $"GPIO {pin} was released");
            Assert.True(driver.IsDriven(pin), $"GPIO {pin} is not driven");
            Assert.Equal(ValveBankFixture.MixedPolarityClosedLevel(pin), driver.Level(pin));
        });
        Assert.All([13, 20, 21, 26], pin => Assert.False(controller.IsPinOpen(pin)));
        Assert.False(driver.IsDisposed);
    }

    [Fact]
    public void A_pin_left_open_by_a_failed_mode_change_is_written_closed_and_kept()
    {
        var driver = new FakeGpioDriver { ClosePinDrivesLowThenInput = true };
        driver.FailModeChangesOn(20); // argon supply, active-low in the mixed map
        var controller = new GpioController(driver);

        var ex = Assert.Throws<ValveBankFaultException>(
            () => new GpioValveBank(controller, 2, ValveBankFixture.MixedPolarityPinMap(), new FakeTimeProvider(), driver.IsGlitchFreeDriver));

        Assert.Contains("GPIO 20", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(driver.Events, e => e.Kind == GpioDriverEventKind.Close);
        Assert.True(controller.IsPinOpen(20));
        Assert.Equal(GpioDriverEvent.Write(20, PinValue.High), driver.EventsFor(20)[^1]);
        Assert.All([5, 6, 12, 13], pin => Assert.Equal(ValveBankFixture.MixedPolarityClosedLevel(pin), driver.Level(pin)));
        Assert.False(driver.IsDisposed);
    }
}
