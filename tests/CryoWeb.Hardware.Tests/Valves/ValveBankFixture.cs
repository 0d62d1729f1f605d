using System.Device.Gpio;
using CryoWeb.Hardware.Tests.Fakes;
using CryoWeb.Hardware.Valves;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.Hardware.Tests.Valves;

/// <summary>A two-probe bank on a glitch-free fake driver: freeze 5/6, thaw 12/13, argon 20, thaw supply 21, vent 26.</summary>
internal sealed class ValveBankFixture
{
    public static readonly DateTimeOffset Start = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);

    public ValveBankFixture(bool activeLow = false)
        : this(PinMap(activeLow))
    {
    }

    /// <param name="pinMap">The lines; <see cref="PinMap"/> or <see cref="MixedPolarityPinMap"/>.</param>
    /// <param name="closePinDrivesLowThenInput">Sets <see cref="FakeGpioDriver.ClosePinDrivesLowThenInput"/>.</param>
    public ValveBankFixture(IReadOnlyList<ValvePin> pinMap, bool closePinDrivesLowThenInput = false)
    {
        Driver = new FakeGpioDriver { ClosePinDrivesLowThenInput = closePinDrivesLowThenInput };
        Controller = new GpioController(Driver);
        Time = new FakeTimeProvider(Start);
        Bank = new GpioValveBank(Controller, probeCount: 2, pinMap, Time, Driver.IsGlitchFreeDriver);
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

    /// <summary>The same lines, active-low for the freeze valves, the argon supply and the vent (5, 6, 20, 26),
    /// active-high for the others.</summary>
    public static IReadOnlyList<ValvePin> MixedPolarityPinMap() =>
        PinMap().Select(p => p with { ActiveLow = p.Pin is 5 or 6 or 20 or 26 }).ToList();

    /// <summary>The level at which <paramref name="pin"/> of <see cref="MixedPolarityPinMap"/> holds its valve closed.</summary>
    public static PinValue MixedPolarityClosedLevel(int pin) => pin is 5 or 6 or 20 or 26 ? PinValue.High : PinValue.Low;

    /// <summary>Pins in the bank's slot order: freeze valves, thaw valves, argon supply, thaw supply, vent.</summary>
    public static readonly int[] PinsInSlotOrder = [5, 6, 12, 13, 20, 21, 26];

    public static readonly ValveId[] AllValves =
    [
        ValveId.FreezeOf(0), ValveId.FreezeOf(1), ValveId.ThawOf(0), ValveId.ThawOf(1),
        ValveId.ArgonSupply, ValveId.ThawSupply, ValveId.Vent,
    ];
}
