using System.Device.Gpio;
using CryoWeb.Hardware.Tests.Fakes;
using CryoWeb.Hardware.Valves;

namespace CryoWeb.Hardware.Tests.Valves;

public class GpioValveBankOperationTests
{
    [Theory]
    [InlineData(false, 1, 0)] // active-high: open = High (1), closed = Low (0)
    [InlineData(true, 0, 1)]  // active-low: open = Low, closed = High
    public void SetOpen_drives_the_open_and_closed_level_of_the_valve(bool activeLow, int openLevel, int closedLevel)
    {
        var f = new ValveBankFixture(activeLow);
        f.Driver.ClearEvents();

        f.Bank.SetOpen(ValveId.FreezeOf(1), true);
        Assert.True(f.Bank.IsOpen(ValveId.FreezeOf(1)));
        f.Bank.SetOpen(ValveId.FreezeOf(1), false);

        Assert.Equal([GpioDriverEvent.Write(6, openLevel), GpioDriverEvent.Write(6, closedLevel)], f.Driver.Events);
        Assert.False(f.Bank.IsOpen(ValveId.FreezeOf(1)));
    }

    [Fact]
    public void Each_valve_drives_its_own_pin()
    {
        var f = new ValveBankFixture();
        f.Driver.ClearEvents();

        foreach (ValveId valve in ValveBankFixture.AllValves)
        {
            f.Bank.SetOpen(valve, true);
        }

        Assert.Equal(ValveBankFixture.PinsInSlotOrder.Select(pin => GpioDriverEvent.Write(pin, PinValue.High)), f.Driver.Events);
        Assert.All(ValveBankFixture.AllValves, v => Assert.True(f.Bank.IsOpen(v)));
    }

    [Fact]
    public void A_driver_exception_closes_every_other_valve_faults_the_bank_and_names_valve_and_pin()
    {
        var f = new ValveBankFixture(activeLow: true);
        f.Bank.SetOpen(ValveId.FreezeOf(0), true);
        f.Bank.SetOpen(ValveId.ThawOf(1), true);
        f.Bank.SetOpen(ValveId.ArgonSupply, true);
        f.Driver.FailWritesOn(6);
        f.Driver.ClearEvents();

        var ex = Assert.Throws<ValveBankFaultException>(() => f.Bank.SetOpen(ValveId.FreezeOf(1), true));

        Assert.StartsWith("Could not drive Freeze valve of probe 2 (GPIO 6) open: Fake driver: write to line 6 failed.", ex.Message, StringComparison.Ordinal);
        Assert.IsType<IOException>(ex.InnerException);
        Assert.True(f.Bank.IsFaulted);
        Assert.Equal(2, f.Bank.FailedWriteCount); // the open, then the close attempt in CloseAll
        GpioDriverEvent[] closedLevels = ValveBankFixture.PinsInSlotOrder.Where(p => p != 6)
            .Select(pin => GpioDriverEvent.Write(pin, PinValue.High)).ToArray();
        Assert.Equal(closedLevels, f.Driver.Events);
        Assert.All(ValveBankFixture.AllValves, v => Assert.False(f.Bank.IsOpen(v)));
    }

    [Fact]
    public void A_faulted_bank_refuses_to_open_but_still_closes()
    {
        var f = new ValveBankFixture();
        f.Driver.FailWritesOn(20);
        Assert.Throws<ValveBankFaultException>(() => f.Bank.SetOpen(ValveId.ArgonSupply, true));
        f.Driver.HealWritesOn(20);
        f.Driver.ClearEvents();

        var refused = Assert.Throws<ValveBankFaultException>(() => f.Bank.SetOpen(ValveId.FreezeOf(0), true));
        f.Bank.SetOpen(ValveId.FreezeOf(0), false);

        Assert.Equal("The valve bank is faulted: Freeze valve of probe 1 (GPIO 5) was not opened.", refused.Message);
        Assert.Equal([GpioDriverEvent.Write(5, PinValue.Low)], f.Driver.Events);
        Assert.False(f.Bank.IsOpen(ValveId.FreezeOf(0)));
    }

    [Fact]
    public void CloseAll_writes_every_pin_even_when_some_fail_and_never_throws()
    {
        var f = new ValveBankFixture();
        foreach (ValveId valve in ValveBankFixture.AllValves)
        {
            f.Bank.SetOpen(valve, true);
        }

        f.Driver.FailWritesOn(5);
        f.Driver.FailWritesOn(21);
        f.Driver.ClearEvents();

        f.Bank.CloseAll();

        Assert.Equal([6, 12, 13, 20, 26], f.Driver.Events.Select(e => e.Pin));
        Assert.All(f.Driver.Events, e => Assert.Equal(GpioDriverEvent.Write(e.Pin, PinValue.Low), e));
        Assert.True(f.Bank.IsFaulted);
        Assert.Equal(2, f.Bank.FailedWriteCount);
        Assert.All(ValveBankFixture.AllValves, v => Assert.False(f.Bank.IsOpen(v)));
    }

    [Fact]
    public void CloseAll_on_a_healthy_bank_writes_the_closed_level_freeze_valves_first()
    {
        var f = new ValveBankFixture(activeLow: true);
        f.Driver.ClearEvents();

        f.Bank.CloseAll();

        Assert.Equal(ValveBankFixture.PinsInSlotOrder.Select(pin => GpioDriverEvent.Write(pin, PinValue.High)), f.Driver.Events);
        Assert.False(f.Bank.IsFaulted);
    }

    [Fact]
    public void LastChange_records_the_time_of_each_change_of_commanded_state()
    {
        var f = new ValveBankFixture();
        f.Time.Advance(TimeSpan.FromSeconds(10));
        f.Bank.SetOpen(ValveId.FreezeOf(0), true);
        f.Bank.SetOpen(ValveId.Vent, true);
        f.Time.Advance(TimeSpan.FromMilliseconds(250));
        f.Bank.SetOpen(ValveId.FreezeOf(0), true); // same state: not a change
        f.Bank.SetOpen(ValveId.ThawOf(0), false);  // same state: not a change
        f.Bank.SetOpen(ValveId.Vent, false);

        Assert.Equal(ValveBankFixture.Start.AddSeconds(10), f.Bank.LastChange(ValveId.FreezeOf(0)));
        Assert.Equal(ValveBankFixture.Start.AddSeconds(10.25), f.Bank.LastChange(ValveId.Vent));
        Assert.Equal(ValveBankFixture.Start, f.Bank.LastChange(ValveId.ThawOf(0)));

        f.Time.Advance(TimeSpan.FromMilliseconds(3));
        f.Bank.CloseAll();

        Assert.Equal(ValveBankFixture.Start.AddSeconds(10.253), f.Bank.LastChange(ValveId.FreezeOf(0)));
        Assert.Equal(ValveBankFixture.Start.AddSeconds(10.25), f.Bank.LastChange(ValveId.Vent));
        Assert.Equal(ValveBankFixture.Start, f.Bank.LastChange(ValveId.FreezeOf(1)));
    }

    [Fact]
    public void SetOpen_does_not_allocate()
    {
        var f = new ValveBankFixture();
        ValveId freeze = ValveId.FreezeOf(1);
        for (int i = 0; i < 100; i++)
        {
            f.Bank.SetOpen(freeze, (i & 1) == 0);
        }

        f.Driver.ClearEvents();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            f.Bank.SetOpen(freeze, (i & 1) == 0);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(1000, f.Driver.Events.Count);
    }
}
