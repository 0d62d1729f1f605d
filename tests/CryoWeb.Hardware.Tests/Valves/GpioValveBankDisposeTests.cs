using System.Device.Gpio;
using CryoWeb.Hardware.Tests.Fakes;
using CryoWeb.Hardware.Valves;

namespace CryoWeb.Hardware.Tests.Valves;

public class GpioValveBankDisposeTests
{
    [Fact]
    public void Dispose_closes_every_valve_then_releases_the_pins_and_the_owned_controller()
    {
        var f = new ValveBankFixture(activeLow: true, ownsController: true);
        f.Bank.SetOpen(ValveId.FreezeOf(0), true);
        f.Bank.SetOpen(ValveId.ArgonSupply, true);
        f.Driver.ClearEvents();

        f.Bank.Dispose();

        var expected = ValveBankFixture.PinsInSlotOrder.Select(pin => GpioDriverEvent.Write(pin, PinValue.High))
            .Concat(ValveBankFixture.PinsInSlotOrder.Select(GpioDriverEvent.Close));
        Assert.Equal(expected, f.Driver.Events);
        Assert.True(f.Driver.IsDisposed);
        Assert.All(ValveBankFixture.AllValves, v => Assert.False(f.Bank.IsOpen(v)));
    }

    [Fact]
    public void Dispose_leaves_a_borrowed_controller_alive()
    {
        var f = new ValveBankFixture(ownsController: false);

        f.Bank.Dispose();

        Assert.False(f.Driver.IsDisposed);
        Assert.All(ValveBankFixture.PinsInSlotOrder, pin => Assert.False(f.Controller.IsPinOpen(pin)));
    }

    [Fact]
    public void Dispose_closes_the_other_valves_when_one_pin_fails_and_does_not_throw()
    {
        var f = new ValveBankFixture();
        f.Bank.SetOpen(ValveId.FreezeOf(1), true);
        f.Driver.FailWritesOn(5);
        f.Driver.ClearEvents();

        f.Bank.Dispose();

        Assert.Equal(PinValue.Low, f.Driver.Level(6));
        Assert.Equal(6, f.Driver.Events.Count(e => e.Kind == GpioDriverEventKind.Write));
        Assert.True(f.Driver.IsDisposed);
    }

    [Fact]
    public void After_Dispose_SetOpen_throws_and_CloseAll_and_Dispose_do_nothing()
    {
        var f = new ValveBankFixture();
        f.Bank.Dispose();
        f.Driver.ClearEvents();

        Assert.Throws<ObjectDisposedException>(() => f.Bank.SetOpen(ValveId.Vent, true));
        f.Bank.CloseAll();
        f.Bank.Dispose();

        Assert.Empty(f.Driver.Events);
    }
}
