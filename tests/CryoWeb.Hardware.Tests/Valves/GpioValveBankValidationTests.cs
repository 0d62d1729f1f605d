using System.Device.Gpio;
using CryoWeb.Hardware.Tests.Fakes;
using CryoWeb.Hardware.Valves;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.Hardware.Tests.Valves;

public sealed class GpioValveBankValidationTests : IDisposable
{
    private readonly FakeGpioDriver _driver = new();

    public void Dispose() => _driver.Dispose();

    [Fact]
    public void Duplicate_pin_names_both_valves_and_the_pin_and_opens_nothing()
    {
        var map = ValveBankFixture.PinMap().Select(p => p.Valve == ValveId.Vent ? p with { Pin = 5 } : p).ToList();

        var ex = Create(map);

        Assert.Equal("Pin 5 is mapped to both Freeze valve of probe 1 and Vent valve. (Parameter 'pinMap')", ex.Message);
        Assert.Empty(_driver.Events);
    }

    [Fact]
    public void Missing_valve_is_named()
    {
        var map = ValveBankFixture.PinMap().Where(p => p.Valve != ValveId.ThawOf(1)).ToList();

        var ex = Create(map);

        Assert.Equal("Thaw valve of probe 2 has no pin in the valve pin map. (Parameter 'pinMap')", ex.Message);
        Assert.Empty(_driver.Events);
    }

    [Fact]
    public void Missing_shared_valve_is_named()
    {
        var ex = Create(ValveBankFixture.PinMap().Where(p => p.Valve != ValveId.ArgonSupply).ToList());

        Assert.Equal("ArgonSupply valve has no pin in the valve pin map. (Parameter 'pinMap')", ex.Message);
    }

    [Fact]
    public void Valve_mapped_twice_names_valve_and_both_pins()
    {
        var map = ValveBankFixture.PinMap().Append(new ValvePin(ValveId.FreezeOf(1), 40)).ToList();

        var ex = Create(map);

        Assert.Equal("Freeze valve of probe 2 is mapped twice, to pin 6 and to pin 40. (Parameter 'pinMap')", ex.Message);
    }

    [Fact]
    public void Valve_outside_the_bank_is_named_with_its_pin()
    {
        var map = ValveBankFixture.PinMap().Append(new ValvePin(ValveId.FreezeOf(2), 41)).ToList();

        var ex = Create(map);

        Assert.Equal("Freeze valve of probe 3 (pin 41) is not a valve of a bank with 2 probes. (Parameter 'pinMap')", ex.Message);
    }

    [Fact]
    public void Negative_pin_is_named()
    {
        var map = ValveBankFixture.PinMap().Select(p => p.Valve == ValveId.ThawSupply ? p with { Pin = -1 } : p).ToList();

        var ex = Create(map);

        Assert.Equal("ThawSupply valve: pin -1 is not a GPIO line number. (Parameter 'pinMap')", ex.Message);
    }

    [Fact]
    public void A_pin_already_open_on_the_controller_is_rejected_and_left_alone()
    {
        using var controller = new GpioController(_driver);
        controller.OpenPin(21, PinMode.Input);
        _driver.ClearEvents();

        var ex = Assert.Throws<ArgumentException>(
            () => new GpioValveBank(controller, 2, ValveBankFixture.PinMap(), new FakeTimeProvider()));

        Assert.Equal(
            "ThawSupply valve: GPIO 21 is already open on this controller (used by another device?). (Parameter 'pinMap')",
            ex.Message);
        Assert.Empty(_driver.Events);
        Assert.Equal(PinMode.Input, _driver.ModeOf(21));
    }

    [Fact]
    public void Probe_count_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new GpioValveBank(new GpioController(_driver), 0, ValveBankFixture.PinMap(), new FakeTimeProvider()));
    }

    [Fact]
    public void Unknown_valve_id_is_rejected_by_every_member_with_its_name()
    {
        var f = new ValveBankFixture();
        var shared = new ValveId(ValveKind.ArgonSupply, 0);

        var set = Assert.Throws<ArgumentOutOfRangeException>(() => f.Bank.SetOpen(ValveId.FreezeOf(2), true));
        var isOpen = Assert.Throws<ArgumentOutOfRangeException>(() => f.Bank.IsOpen(ValveId.ThawOf(-1)));
        var last = Assert.Throws<ArgumentOutOfRangeException>(() => f.Bank.LastChange(shared));
        var kind = Assert.Throws<ArgumentOutOfRangeException>(() => f.Bank.SetOpen(new ValveId((ValveKind)42, -1), false));

        Assert.Equal("valve", set.ParamName);
        Assert.StartsWith("Freeze valve of probe 3 is not a valve of this bank (2 probes).", set.Message, StringComparison.Ordinal);
        Assert.StartsWith("Thaw valve of probe 0 is not a valve", isOpen.Message, StringComparison.Ordinal);
        Assert.StartsWith("ArgonSupply valve is not a valve", last.Message, StringComparison.Ordinal);
        Assert.StartsWith("42 valve is not a valve", kind.Message, StringComparison.Ordinal);
        Assert.Equal(14, f.Driver.Events.Count); // only the start-up: nothing was written
    }

    private ArgumentException Create(IReadOnlyList<ValvePin> map) =>
        Assert.Throws<ArgumentException>(
            () => new GpioValveBank(new GpioController(_driver), 2, map, new FakeTimeProvider()));
}
