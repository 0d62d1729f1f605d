using System.Device.Gpio;
using CryoWeb.Hardware.Tests.Fakes;
using CryoWeb.Hardware.Valves;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.Hardware.Tests.Valves;

/// <summary>
/// LibGpiodV2Driver and SysFsDriver make a line an output at their default low level before writing the level asked
/// for; the fake does the same with <see cref="FakeGpioDriver.UseBaseSetPinModeWithValue"/>. An active-low valve would
/// open for that moment, so the bank refuses active-low valves on such a driver before it opens any line.
/// </summary>
public class GpioValveBankDriverCheckTests
{
    private const string Hazard =
        ": an active-low valve would open briefly at start-up with GPIO driver FakeGpioDriver, which is not known to set a " +
        "line's level before making it an output (it can drive the line low, valve open, before writing the closed " +
        "level). Use GpioDriver LibGpiod, Auto on a Raspberry Pi, or wire the valve active-high. (Parameter 'pinMap')";

    [Fact]
    public void A_glitching_driver_makes_a_line_an_output_before_writing_its_level()
    {
        // The hazard itself, without the bank: between SetMode and Write the line is at the driver's default (low).
        using var driver = new FakeGpioDriver { UseBaseSetPinModeWithValue = true };
        using var controller = new GpioController(driver);

        controller.OpenPin(5, PinMode.Output, PinValue.High);

        Assert.Equal(
            [GpioDriverEvent.Open(5), GpioDriverEvent.SetMode(5, PinMode.Output), GpioDriverEvent.Write(5, PinValue.High)],
            driver.Events);
    }

    [Fact]
    public void Active_low_valves_on_a_glitching_driver_are_refused_by_name_before_any_line_is_opened()
    {
        var driver = new FakeGpioDriver { UseBaseSetPinModeWithValue = true };
        var map = ValveBankFixture.PinMap()
            .Select(p => p.Valve == ValveId.Vent || p.Valve == ValveId.ThawOf(1) ? p with { ActiveLow = true } : p)
            .ToList();

        var ex = Assert.Throws<ArgumentException>(
            () => new GpioValveBank(new GpioController(driver), 2, map, new FakeTimeProvider(), driver.IsGlitchFreeDriver));

        Assert.Equal("Thaw valve of probe 2 (GPIO 13), Vent valve (GPIO 26)" + Hazard, ex.Message);
        Assert.Equal("pinMap", ex.ParamName);
        Assert.Empty(driver.Events);
        Assert.False(driver.IsDisposed);
    }

    [Fact]
    public void Active_high_valves_are_accepted_on_a_glitching_driver_because_its_glitch_is_the_closed_level()
    {
        var driver = new FakeGpioDriver { UseBaseSetPinModeWithValue = true };

        using var bank = new GpioValveBank(
            new GpioController(driver), 2, ValveBankFixture.PinMap(activeLow: false), new FakeTimeProvider(), driver.IsGlitchFreeDriver);

        Assert.Equal(
            [GpioDriverEvent.Open(5), GpioDriverEvent.SetMode(5, PinMode.Output), GpioDriverEvent.Write(5, PinValue.Low)],
            driver.EventsFor(5));
        Assert.All(ValveBankFixture.PinsInSlotOrder, pin => Assert.Equal(PinValue.Low, driver.Level(pin)));
    }

    [Fact]
    public void The_check_is_asked_about_the_type_of_the_controllers_driver()
    {
        var driver = new FakeGpioDriver();
        var asked = new List<Type>();

        using var bank = new GpioValveBank(
            new GpioController(driver), 2, ValveBankFixture.PinMap(activeLow: true), new FakeTimeProvider(),
            type =>
            {
                asked.Add(type);
                return true;
            });

        Assert.Equal([typeof(FakeGpioDriver)], asked);
        Assert.Equal(GpioDriverEvent.SetModeWithValue(5, PinMode.Output, PinValue.High), driver.EventsFor(5)[1]);
    }

    [Fact]
    public void By_default_a_driver_type_not_known_to_be_glitch_free_counts_as_glitching()
    {
        // The fake sets the level with the mode, but GpioOutputStartup does not know its type.
        var driver = new FakeGpioDriver();

        var ex = Assert.Throws<ArgumentException>(
            () => new GpioValveBank(new GpioController(driver), 2, ValveBankFixture.PinMap(activeLow: true), new FakeTimeProvider()));
        using var activeHigh = new GpioValveBank(new GpioController(driver), 2, ValveBankFixture.PinMap(), new FakeTimeProvider());

        Assert.StartsWith("Freeze valve of probe 1 (GPIO 5), Freeze valve of probe 2 (GPIO 6), Thaw valve of probe 1 (GPIO 12), ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("Vent valve (GPIO 26)" + Hazard, ex.Message, StringComparison.Ordinal);
        Assert.Equal(ValveBankFixture.PinsInSlotOrder.Length * 2, driver.Events.Count); // only the active-high bank's start-up
    }

    [Fact]
    public void A_controller_whose_driver_cannot_be_found_counts_as_glitching_without_asking()
    {
        var driver = new FakeGpioDriver();
        var controller = new GpioController(driver);
        controller.Dispose(); // a disposed 4.2.0 controller has dropped its driver
        bool asked = false;

        var ex = Assert.Throws<ArgumentException>(
            () => new GpioValveBank(controller, 2, ValveBankFixture.PinMap(activeLow: true), new FakeTimeProvider(), _ => asked = true));

        Assert.Contains("with an unidentified GPIO driver, which is not known", ex.Message, StringComparison.Ordinal);
        Assert.False(asked);
    }
}
