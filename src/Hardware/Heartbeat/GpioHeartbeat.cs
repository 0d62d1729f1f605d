using System.Device.Gpio;

namespace CryoWeb.Hardware.Heartbeat;

/// <summary>
/// Heartbeat on one GPIO output, opened low. <see cref="Toggle"/> drives the opposite level of the last one that was
/// written successfully; a driver failure is counted in <see cref="FailureCount"/> instead of thrown, and the next
/// toggle retries the same level. Allocation-free per toggle. Meant to be toggled from one thread (the control loop).
/// </summary>
public sealed class GpioHeartbeat : IHeartbeat
{
    private readonly GpioController _controller;
    private readonly bool _ownsController;
    private readonly int _pin;
    private bool _high;
    private bool _disposed;
    private long _toggleCount;
    private long _failureCount;

    /// <summary>Opens <paramref name="pin"/> as an output at low level.</summary>
    /// <param name="controller">The GPIO controller.</param>
    /// <param name="pin">Line number of the heartbeat output.</param>
    /// <param name="ownsController">True to dispose <paramref name="controller"/> with the heartbeat. Never for a controller
    /// that also carries valve lines: <c>GpioController.Dispose</c> releases every open line (see Valves/README.md).</param>
    /// <exception cref="ArgumentException"><paramref name="pin"/> is already open on the controller.</exception>
    public GpioHeartbeat(GpioController controller, int pin, bool ownsController = false)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentOutOfRangeException.ThrowIfNegative(pin);
        _controller = controller;
        _pin = pin;
        _ownsController = ownsController;
        if (controller.IsPinOpen(pin))
        {
            // GpioController 4.2.0 would hand back the open pin instead of throwing.
            throw new ArgumentException($"Heartbeat: GPIO {pin} is already open on this controller (used by another device?).", nameof(pin));
        }

        _controller.OpenPin(pin, PinMode.Output, PinValue.Low);
    }

    /// <summary>Successful toggles so far.</summary>
    public long ToggleCount => Interlocked.Read(ref _toggleCount);

    /// <summary>Toggles that could not be written (driver exception, or called after disposal).</summary>
    public long FailureCount => Interlocked.Read(ref _failureCount);

    /// <summary>The level last written successfully.</summary>
    public bool IsHigh => Volatile.Read(ref _high);

    /// <inheritdoc/>
    public void Toggle()
    {
        if (Volatile.Read(ref _disposed))
        {
            Interlocked.Increment(ref _failureCount);
            return;
        }

        bool next = !_high;
        try
        {
            PinValuePair pair = new(_pin, next ? PinValue.High : PinValue.Low);
            _controller.Write(new ReadOnlySpan<PinValuePair>(in pair));
        }
        catch (Exception)
        {
            // Never throw from the control loop: the watchdog will notice the missing edge.
            Interlocked.Increment(ref _failureCount);
            return;
        }

        Volatile.Write(ref _high, next);
        Interlocked.Increment(ref _toggleCount);
    }

    /// <summary>Releases the line (and the controller if owned). Never throws.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        Volatile.Write(ref _disposed, true);
        try
        {
            if (_controller.IsPinOpen(_pin))
            {
                _controller.ClosePin(_pin);
            }
        }
        catch (Exception)
        {
            // Best effort: the watchdog sees no more edges either way.
        }

        if (_ownsController)
        {
            try
            {
                _controller.Dispose();
            }
            catch (Exception)
            {
                // Disposal must not throw.
            }
        }
    }
}
