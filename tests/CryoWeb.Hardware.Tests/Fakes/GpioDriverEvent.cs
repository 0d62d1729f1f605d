using System.Device.Gpio;

namespace CryoWeb.Hardware.Tests.Fakes;

/// <summary>One driver call, recorded in order. <see cref="Mode"/> and <see cref="Value"/> only where the call has them.</summary>
public readonly record struct GpioDriverEvent(GpioDriverEventKind Kind, int Pin, PinMode Mode, PinValue Value)
{
    public static GpioDriverEvent Open(int pin) => new(GpioDriverEventKind.Open, pin, default, default);

    public static GpioDriverEvent SetMode(int pin, PinMode mode) => new(GpioDriverEventKind.SetMode, pin, mode, default);

    public static GpioDriverEvent SetModeWithValue(int pin, PinMode mode, PinValue value) =>
        new(GpioDriverEventKind.SetModeWithValue, pin, mode, value);

    public static GpioDriverEvent Write(int pin, PinValue value) => new(GpioDriverEventKind.Write, pin, default, value);

    public static GpioDriverEvent Close(int pin) => new(GpioDriverEventKind.Close, pin, default, default);

    public override string ToString() => Kind switch
    {
        GpioDriverEventKind.SetMode => $"{Kind}({Pin}, {Mode})",
        GpioDriverEventKind.SetModeWithValue => $"{Kind}({Pin}, {Mode}, {Value})",
        GpioDriverEventKind.Write => $"{Kind}({Pin}, {Value})",
        _ => $"{Kind}({Pin})",
    };
}
