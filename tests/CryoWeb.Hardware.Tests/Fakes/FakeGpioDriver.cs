using System.Device.Gpio;

namespace CryoWeb.Hardware.Tests.Fakes;

/// <summary>
/// In-memory GPIO driver. The abstract members of <see cref="GpioDriver"/> are <c>protected internal</c> in 4.2.0, so
/// another assembly overrides them as <c>protected</c>; <c>new GpioController(driver)</c> accepts any driver.
/// Records every call in order, keeps each line's mode and level (the level stays readable after the line is closed),
/// and can be told to fail writes, opens or mode changes on a line. Writing to a line that is not open throws, as a real
/// driver would.
/// Recording does not allocate until the preallocated event list is full (allocation tests rely on that).
/// </summary>
public sealed class FakeGpioDriver : GpioDriver
{
    private readonly List<GpioDriverEvent> _events = new(capacity: 16_384);
    private readonly Dictionary<int, PinMode> _modes = [];
    private readonly Dictionary<int, PinValue> _levels = [];
    private readonly HashSet<int> _failWrites = [];
    private readonly HashSet<int> _failOpens = [];
    private readonly HashSet<int> _failModeChanges = [];
    private readonly HashSet<int> _undriven = [];

    /// <summary>When true, SetPinMode(pin, mode, value) falls back to GpioDriver's default (mode first, then write),
    /// which is what LibGpiodV2Driver and SysFsDriver inherit in 4.2.0.</summary>
    public bool UseBaseSetPinModeWithValue { get; set; }

    /// <summary>For GpioValveBank's driver check (its isGlitchFreeDriver argument): true for this fake's type unless
    /// <see cref="UseBaseSetPinModeWithValue"/> makes it glitch like LibGpiodV2Driver and SysFsDriver.</summary>
    public bool IsGlitchFreeDriver(Type driverType) => driverType == typeof(FakeGpioDriver) && !UseBaseSetPinModeWithValue;

    /// <summary>
    /// When true, ClosePin resets an open line: it drives it low, then makes it an input without pull
    /// (<see cref="IsDriven"/> false), the worst case for an active-low valve. Stands for any release that stops
    /// driving the line: a kernel whose pin controller makes a freed line an input when libgpiod or sysfs releases it
    /// (mainline bcm2835, or a Raspberry Pi kernel with pinctrl_bcm2835.persist_gpio_outputs=n or
    /// dtparam=strict_gpiod), or a driver that resets lines on close (none of System.Device.Gpio 4.2.0's does).
    /// </summary>
    public bool ClosePinDrivesLowThenInput { get; set; }

    /// <summary>Called after a line has been closed, with its number.</summary>
    public Action<int>? OnClose { get; set; }

    /// <summary>When false, nothing is recorded (long allocation tests).</summary>
    public bool Recording { get; set; } = true;

    public bool IsDisposed { get; private set; }

    public IReadOnlyList<GpioDriverEvent> Events => _events;

    public IReadOnlyList<GpioDriverEvent> EventsFor(int pin) => _events.Where(e => e.Pin == pin).ToList();

    public PinValue Level(int pin) => _levels[pin];

    public PinMode ModeOf(int pin) => _modes[pin];

    public bool IsOpen(int pin) => _modes.ContainsKey(pin);

    /// <summary>True while the line is an open output, or a closed one that the driver left as it was (an output keeps
    /// its level after release unless <see cref="ClosePinDrivesLowThenInput"/> reset it).</summary>
    public bool IsDriven(int pin) =>
        _modes.TryGetValue(pin, out PinMode mode) ? mode == PinMode.Output : _levels.ContainsKey(pin) && !_undriven.Contains(pin);

    public void FailWritesOn(int pin) => _failWrites.Add(pin);

    public void HealWritesOn(int pin) => _failWrites.Remove(pin);

    public void FailOpensOn(int pin) => _failOpens.Add(pin);

    /// <summary>SetPinMode on <paramref name="pin"/> throws after the line has been opened, so it stays open as an input.</summary>
    public void FailModeChangesOn(int pin) => _failModeChanges.Add(pin);

    public void ClearEvents() => _events.Clear();

    protected override int PinCount => 64;

    protected override void OpenPin(int pinNumber)
    {
        if (_failOpens.Contains(pinNumber))
        {
            throw new IOException($"Fake driver: line {pinNumber} is busy.");
        }

        Record(GpioDriverEvent.Open(pinNumber));
        _modes[pinNumber] = PinMode.Input;
        _levels[pinNumber] = PinValue.Low;
        _undriven.Remove(pinNumber);
    }

    protected override void ClosePin(int pinNumber)
    {
        Record(GpioDriverEvent.Close(pinNumber));
        if (ClosePinDrivesLowThenInput && _modes.ContainsKey(pinNumber))
        {
            _levels[pinNumber] = PinValue.Low;
            _undriven.Add(pinNumber);
        }

        _modes.Remove(pinNumber);
        OnClose?.Invoke(pinNumber);
    }

    protected override void SetPinMode(int pinNumber, PinMode mode)
    {
        ThrowIfModeChangeFails(pinNumber);
        Record(GpioDriverEvent.SetMode(pinNumber, mode));
        _modes[pinNumber] = mode;
    }

    protected override void SetPinMode(int pinNumber, PinMode mode, PinValue initialValue)
    {
        if (UseBaseSetPinModeWithValue)
        {
            base.SetPinMode(pinNumber, mode, initialValue);
            return;
        }

        ThrowIfModeChangeFails(pinNumber);
        Record(GpioDriverEvent.SetModeWithValue(pinNumber, mode, initialValue));
        _levels[pinNumber] = initialValue;
        _modes[pinNumber] = mode;
    }

    protected override PinMode GetPinMode(int pinNumber) => _modes[pinNumber];

    protected override bool IsPinModeSupported(int pinNumber, PinMode mode) => true;

    protected override PinValue Read(int pinNumber) => _levels[pinNumber];

    protected override void Write(int pinNumber, PinValue value)
    {
        if (!_modes.ContainsKey(pinNumber))
        {
            throw new InvalidOperationException($"Fake driver: line {pinNumber} is not open.");
        }

        if (_failWrites.Contains(pinNumber))
        {
            throw new IOException($"Fake driver: write to line {pinNumber} failed.");
        }

        Record(GpioDriverEvent.Write(pinNumber, value));
        _levels[pinNumber] = value;
    }

    protected override WaitForEventResult WaitForEvent(int pinNumber, PinEventTypes eventTypes, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    protected override void AddCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback) =>
        throw new NotSupportedException();

    protected override void RemoveCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback) =>
        throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        IsDisposed = true;
        base.Dispose(disposing);
    }

    private void ThrowIfModeChangeFails(int pinNumber)
    {
        if (_failModeChanges.Contains(pinNumber))
        {
            throw new IOException($"Fake driver: cannot change the mode of line {pinNumber}.");
        }
    }

    private void Record(GpioDriverEvent e)
    {
        if (Recording)
        {
            _events.Add(e);
        }
    }
}
