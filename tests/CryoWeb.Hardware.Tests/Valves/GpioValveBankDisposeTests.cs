using System.Device.Gpio;
using CryoWeb.Hardware.Tests.Fakes;
using CryoWeb.Hardware.Valves;

namespace CryoWeb.Hardware.Tests.Valves;

/// <summary>
/// Disposal drives every valve closed and keeps the lines. The fake driver resets a released line (low, then input),
/// so a bank that released its lines would leave the active-low valves (5, 6, 20, 26) open.
/// </summary>
public class GpioValveBankDisposeTests
{
    [Fact]
    public void The_fake_release_would_open_an_active_low_valve()
    {
        // Guards the tests below: with ClosePinDrivesLowThenInput a released active-low line is low and undriven.
        var f = new ValveBankFixture(ValveBankFixture.MixedPolarityPinMap(), closePinDrivesLowThenInput: true);

        f.Controller.ClosePin(5);

        Assert.Equal(PinValue.Low, f.Driver.Level(5));
        Assert.False(f.Driver.IsDriven(5));
    }

    [Fact]
    public void Dispose_drives_every_valve_closed_and_never_releases_a_line()
    {
        var f = new ValveBankFixture(ValveBankFixture.MixedPolarityPinMap(), closePinDrivesLowThenInput: true);
        f.Bank.SetOpen(ValveId.FreezeOf(0), true);
        f.Bank.SetOpen(ValveId.ThawOf(1), true);
        f.Bank.SetOpen(ValveId.ArgonSupply, true);
        f.Driver.ClearEvents();

        f.Bank.Dispose();

        Assert.Equal(
            ValveBankFixture.PinsInSlotOrder.Select(pin => GpioDriverEvent.Write(pin, ValveBankFixture.MixedPolarityClosedLevel(pin))),
            f.Driver.Events);
        AssertEveryLineHeldClosed(f);
        Assert.False(f.Driver.IsDisposed);
        Assert.All(ValveBankFixture.AllValves, v => Assert.False(f.Bank.IsOpen(v)));
    }

    [Fact]
    public void Dispose_closes_the_other_valves_when_one_pin_fails_and_does_not_throw()
    {
        var f = new ValveBankFixture(ValveBankFixture.MixedPolarityPinMap(), closePinDrivesLowThenInput: true);
        f.Bank.SetOpen(ValveId.FreezeOf(1), true);
        f.Driver.FailWritesOn(5);
        f.Driver.ClearEvents();

        f.Bank.Dispose();

        Assert.Equal(PinValue.High, f.Driver.Level(6));
        Assert.Equal(6, f.Driver.Events.Count(e => e.Kind == GpioDriverEventKind.Write));
        Assert.DoesNotContain(f.Driver.Events, e => e.Kind == GpioDriverEventKind.Close);
        Assert.True(f.Bank.IsFaulted);
        Assert.False(f.Driver.IsDisposed);
    }

    [Fact]
    public void After_Dispose_SetOpen_throws_CloseAll_still_drives_closed_and_Dispose_does_nothing()
    {
        var f = new ValveBankFixture(ValveBankFixture.MixedPolarityPinMap());
        f.Bank.Dispose();
        f.Driver.ClearEvents();

        Assert.Throws<ObjectDisposedException>(() => f.Bank.SetOpen(ValveId.Vent, true));
        Assert.Throws<ObjectDisposedException>(() => f.Bank.SetOpen(ValveId.Vent, false));
        Assert.Empty(f.Driver.Events);

        f.Bank.CloseAll();
        Assert.Equal(
            ValveBankFixture.PinsInSlotOrder.Select(pin => GpioDriverEvent.Write(pin, ValveBankFixture.MixedPolarityClosedLevel(pin))),
            f.Driver.Events);

        f.Driver.ClearEvents();
        f.Bank.Dispose();
        Assert.Empty(f.Driver.Events);
    }

    [Fact]
    public void CloseAll_after_Dispose_does_not_throw_when_the_controller_is_gone()
    {
        var f = new ValveBankFixture();
        f.Bank.Dispose();
        f.Controller.Dispose();

        f.Bank.CloseAll();

        Assert.True(f.Bank.IsFaulted);
        Assert.Equal(ValveBankFixture.PinsInSlotOrder.Length, f.Bank.FailedWriteCount);
    }

    private static void AssertEveryLineHeldClosed(ValveBankFixture f) =>
        Assert.All(ValveBankFixture.PinsInSlotOrder, pin =>
        {
            Assert.True(f.Controller.IsPinOpen(pin), $"GPIO {pin} was released");
            Assert.True(f.Driver.IsDriven(pin), $"GPIO {pin} is not driven");
            Assert.Equal(PinMode.Output, f.Driver.ModeOf(pin));
            Assert.Equal(ValveBankFixture.MixedPolarityClosedLevel(pin), f.Driver.Level(pin));
        });
}
