using System.Device.Gpio;

namespace CryoWeb.Hardware.Thermocouples.Max31856;

/// <summary>
/// An active-low chip select on a GPIO pin, for more amplifiers than the SPI controller has chip select lines.
/// The pin is opened as an output that is already High (deselected), driven Low only around a transfer, and
/// driven High again and released on <see cref="Dispose"/>. The controller is not owned: several chip selects share it.
/// Use it with an SpiDevice that drives no chip select of its own (see the README: ChipSelectLine = -1).
/// </summary>
public sealed class GpioChipSelect : IChipSelect
{
    private readonly GpioController _controller;
    private bool _disposed;

    public GpioChipSelect(GpioController controller, int pinNumber)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentOutOfRangeException.ThrowIfNegative(pinNumber);
        _controller = controller;
        PinNumber = pinNumber;

        // Mode and initial value in one call so the line never glitches Low while it becomes an output.
        _controller.OpenPin(pinNumber, PinMode.Output, PinValue.High);
    }

    public int PinNumber { get; }

    public void Select()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Drive(PinValue.Low);
    }

    public void Deselect()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Drive(PinValue.High);
    }

    /// <summary>
    /// Drives the line High and releases the pin. After release the kernel may turn the line into an input, so the
    /// board needs a pull-up on every GPIO chip select line to keep the amplifiers deselected from then on.
    /// </summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            Drive(PinValue.High);
        }
        finally
        {
            _controller.ClosePin(PinNumber);
        }
    }

    /// <summary>
    /// Writes through the span overload: in System.Device.Gpio 4.2.0 GpioController.Write(int, PinValue) caches the
    /// value in a ConcurrentDictionary&lt;int, PinValue?&gt; and allocates 40 bytes per call, which the control tick
    /// must not do; the span overload goes straight to the driver and allocates nothing.
    /// </summary>
    private void Drive(PinValue level)
    {
        Span<PinValuePair> pin = stackalloc PinValuePair[1];
        pin[0] = new PinValuePair(PinNumber, level);
        _controller.Write(pin);
    }
}
