namespace CryoWeb.Hardware.Tests.Fakes;

/// <summary>What <see cref="FakeGpioDriver"/> was asked to do.</summary>
public enum GpioDriverEventKind
{
    Open,
    SetMode,

    /// <summary>SetPinMode(pin, mode, initialValue): the level handed to the driver together with the mode.</summary>
    SetModeWithValue,
    Write,

    /// <summary>ClosePin: the line was released.</summary>
    Close,
}
