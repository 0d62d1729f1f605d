using System.Device.Gpio;
using CryoWeb.Hardware.Tests.Fakes;
using CryoWeb.Hardware.Valves;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.Hardware.Tests.Valves;

/// <summary>A two-probe bank on a glitch-free fake driver: freeze 5/6, thaw 12/13, argon 20, thaw supply 21, vent 26.</summary>
internal sealed class ValveBankFixture
{
    public static readonly DateTimeOffset Start = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);

    public ValveBankFixture(bool activeLow = false, bool ownsController = true)
    {
        Driver = new FakeGpioDriver();
        Controller = new GpioController(Driver);
        Time = new FakeTimeProvider(Start);
        Bank = new GpioValveBank(Controller, ownsController, probeCount: 2, PinMap(activeLow), Time, Driver.IsGlitchFreeDriver);
    }

    public FakeGpioDriver Driver { get; }

    public GpioController Controller { get; }

    public FakeTimeProvider Time { get; }

    public GpioValveBank Bank { get; }

    public static IReadOnlyList<ValvePin> PinMap(bool activeLow = false) =>
    [
        new(ValveId.FreezeOf(0), 5, activeLow),
        new(ValveId.FreezeOf(1), 6, activeLow),
        new(ValveId.ThawOf(0), 12, activeLow),
        new(ValveId.ThawOf(1), 13, activeLow),
        new(ValveId.ArgonSupply, 20, activeLow),
        new(ValveId.ThawSupply, 21, activeLow),
        new(ValveId.Vent, 26, activeLow),
    ];

    /// <summary>Pins in the bank's slot order: freeze valves, thaw valves, argon supply, thaw supply, vent.</summary>
    public static readonly int[] PinsInSlotOrder = [5, 6, 12, 13, 20, 21, 26];

    public static readonly ValveId[] AllValves =
    [
        ValveId.FreezeOf(0), ValveId.FreezeOf(1), ValveId.ThawOf(0), ValveId.ThawOf(1),
        ValveId.ArgonSupply, ValveId.ThawSupply, ValveId.Vent,
    ];
}
