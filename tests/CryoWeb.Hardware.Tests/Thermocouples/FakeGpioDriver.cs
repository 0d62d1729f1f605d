using System.Device.Gpio;

namespace CryoWeb.Hardware.Tests.Thermocouples;

/// <summary>
/// In-memory GPIO driver: System.Device.Gpio 4.2.0 lets other assemblies subclass GpioDriver (its abstract
/// members are protected internal), so GpioChipSelect is tested through a real GpioController.
/// Records every level change of every pin as text, e.g. "open 5", "mode 5 Output High", "write 5 Low", "close 5".
/// </summary>
internal sealed class FakeGpioDriver : GpioDriver
{
    private readonly Dictionary<int, PinMode> _modes = [];
    private readonly Dictionary<int, PinValue> _values = [];
    private readonly List<string> _log = [];

    /// <summary>When false, events are not logged (for the allocation test).</summary>
    public bool Logging { get; set; } = true;

    public IReadOnlyList<string> Log => _log;

    /// <summary>Called when a pin is closed, with its number.</summary>
    public Action<int>? OnClose { get; set; }

    public bool IsOpen(int pin) => _modes.ContainsKey(pin);

    public PinValue Level(int pin) => _values.TryGetValue(pin, out PinValue value) ? value : PinValue.Low;

    protected override int PinCount => 28;

    protected override void OpenPin(int pinNumber)
    {
        _modes[pinNumber] = PinMode.Input;
        Record($"open {pinNumber}");
    }

    protected override void ClosePin(int pinNumber)
    {
        _modes.Remove(pinNumber);
        Record($"close {pinNumber}");
        OnClose?.Invoke(pinNumber);
    }

    protected override void SetPinMode(int pinNumber, PinMode mode)
    {
        _modes[pinNumber] = mode;
        Record($"mode {pinNumber} {mode}");
    }

    protected override void SetPinMode(int pinNumber, PinMode mode, PinValue initialValue)
    {
        _modes[pinNumber] = mode;
        _values[pinNumber] = initialValue;
        Record($"mode {pinNumber} {mode} {initialValue}");
    }

    protected override PinMode GetPinMode(int pinNumber) => _modes[pinNumber];

    protected override bool IsPinModeSupported(int pinNumber, PinMode mode) => true;

    protected override PinValue Read(int pinNumber) => Level(pinNumber);

    protected override void Write(int pinNumber, PinValue value)
    {
        if (!_modes.ContainsKey(pinNumber))
        {
            throw new InvalidOperationException($"Pin {pinNumber} is not open.");
        }

        _values[pinNumber] = value;
        if (Logging)
        {
            Record($"write {pinNumber} {value}");
        }
    }

    protected override WaitForEventResult WaitForEvent(
        int pinNumber, PinEventTypes eventTypes, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    protected override void AddCallbackForPinValueChangedEvent(
        int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback) =>
        throw new NotSupportedException();

    protected override void RemoveCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback) =>
        throw new NotSupportedException();

    private void Record(string entry)
    {
        if (Logging)
        {
            _log.Add(entry);
        }
    }
}
