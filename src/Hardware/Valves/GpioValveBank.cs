using System.Device.Gpio;
using CryoWeb.Hardware.Gpio;

namespace CryoWeb.Hardware.Valves;

/// <summary>
/// The valve bank on GPIO outputs (System.Device.Gpio 4.2.0), one line per valve, active-high or active-low per line.
/// </summary>
/// <remarks>
/// <para>Start-up: every line is opened with <c>GpioController.OpenPin(pin, PinMode.Output, closedLevel)</c>, which
/// hands the closed level to the driver together with the switch to output (<c>GpioDriver.SetPinMode(pin, mode,
/// value)</c>). Whether the line is glitch-free then depends on the driver, see Valves/README.md: the Raspberry Pi
/// register driver and LibGpiodDriver (v1) set the level before or atomically with the direction; LibGpiodV2Driver and
/// SysFsDriver switch to output at their default (low) level first and write the level right after. An active-low
/// line would therefore open its valve for a moment, so the constructor refuses any active-low valve unless the
/// controller's driver is known to be glitch-free (<see cref="GpioOutputStartup"/>), before it opens any line.</para>
/// <para>Hot path: <see cref="SetOpen"/> does not allocate. It writes through
/// <c>GpioController.Write(ReadOnlySpan&lt;PinValuePair&gt;)</c>, which goes straight to the driver; the per-pin
/// <c>Write(int, PinValue)</c> of 4.2.0 stores the value in a <c>ConcurrentDictionary&lt;int, PinValue?&gt;</c>,
/// which allocates a node on every update. State is kept in arrays indexed by slot.</para>
/// <para>Faults: if the driver throws while driving a line, the bank closes every valve it can, becomes faulted and
/// throws <see cref="ValveBankFaultException"/>. A faulted bank refuses to open anything; closing is still attempted.</para>
/// <para>Release: the bank never closes (releases) a valve line and never disposes the controller, not even on
/// disposal or after a failed start-up. Releasing hands the line back to the driver or the kernel, which may stop
/// driving it (make it an input), and an undriven active-low valve line is no longer held closed. The lines stay
/// driven at their closed level until the process exits; see Valves/README.md. Whoever creates the controller must
/// not dispose it either, because <c>GpioController.Dispose</c> releases every open line.</para>
/// <para>Threading: calls are serialised by a private lock held only while lines are written (microseconds), so an
/// emergency stop may call <see cref="CloseAll"/> from another thread than the control loop.</para>
/// </remarks>
public sealed partial class GpioValveBank : IValveBank
{
    private readonly GpioController _controller;
    private readonly TimeProvider _timeProvider;
    private readonly ValveSlots _slots;
    private readonly int[] _pins;
    private readonly bool[] _activeLow;
    private readonly bool[] _open;
    private readonly DateTimeOffset[] _lastChange;
    private readonly Lock _gate = new();
    private bool _faulted;
    private bool _disposed;
    private long _failedWriteCount;

    /// <summary>Opens every line of <paramref name="pinMap"/> as an output at its closed level.</summary>
    /// <param name="controller">The GPIO controller the lines belong to. The bank never disposes it, and its owner must
    /// not dispose it while the process runs: that would release the valve lines.</param>
    /// <param name="probeCount">Number of probes; the map must name a freeze and a thaw valve for each of them.</param>
    /// <param name="pinMap">One entry per valve: freeze and thaw of every probe, argon supply, thaw supply, vent.</param>
    /// <param name="timeProvider">Clock for <see cref="LastChange"/>.</param>
    /// <param name="isGlitchFreeDriver">Decides from the type of the controller's driver whether it opens an output at
    /// the level asked for without driving it low first. Null: <see cref="GpioOutputStartup.IsGlitchFree"/>, which
    /// knows the System.Device.Gpio drivers and treats every other type as glitching. Not called, and the driver
    /// treated as glitching, if the driver cannot be found.</param>
    /// <exception cref="ArgumentException">The map is incomplete, names a valve twice, uses a pin twice, names a
    /// valve this bank does not have, or uses a pin already open on the controller; or it has active-low valves and
    /// the driver is not known to be glitch-free. The message names the valves, the pins and (for polarity) the
    /// driver. Nothing has been opened.</exception>
    /// <exception cref="ValveBankFaultException">A line could not be opened. Lines already opened stay open on the
    /// controller, driven at their closed level; none is released.</exception>
    public GpioValveBank(
        GpioController controller,
        int probeCount,
        IEnumerable<ValvePin> pinMap,
        TimeProvider timeProvider,
        Func<Type, bool>? isGlitchFreeDriver = null)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _slots = new ValveSlots(probeCount);
        (_pins, _activeLow) = ValvePinMap.Resolve(pinMap, _slots, nameof(pinMap));
        RefuseActiveLowOnGlitchingDriver(controller, isGlitchFreeDriver ?? GpioOutputStartup.IsGlitchFree, nameof(pinMap));
        RefuseLinesAlreadyOpen(controller, nameof(pinMap));
        _controller = controller;
        _timeProvider = timeProvider;
        _open = new bool[_slots.Count];
        _lastChange = new DateTimeOffset[_slots.Count];
        OpenAllClosed();
        Array.Fill(_lastChange, _timeProvider.GetUtcNow());
    }

    /// <inheritdoc/>
    public int ProbeCount => _slots.ProbeCount;

    /// <summary>True once a line could not be driven. A faulted bank refuses to open valves until it is recreated.</summary>
    public bool IsFaulted => Volatile.Read(ref _faulted);

    /// <summary>Number of line writes the driver rejected (diagnostics).</summary>
    public long FailedWriteCount => Interlocked.Read(ref _failedWriteCount);

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">The bank has no such valve.</exception>
    /// <exception cref="ObjectDisposedException">The bank has been disposed.</exception>
    public void SetOpen(ValveId valve, bool open)
    {
        int slot = SlotOrThrow(valve);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (open && _faulted)
            {
                throw new ValveBankFaultException(
                    $"The valve bank is faulted: {valve} (GPIO {_pins[slot]}) was not opened.");
            }

            try
            {
                Drive(slot, open);
            }
            catch (Exception ex)
            {
                _failedWriteCount++;
                _faulted = true;
                CloseAllLocked();
                throw new ValveBankFaultException(
                    $"Could not drive {valve} (GPIO {_pins[slot]}) {(open ? "open" : "closed")}: {ex.Message} " +
                    "Every valve has been commanded closed and the bank is faulted.",
                    ex);
            }

            if (_open[slot] != open)
            {
                _open[slot] = open;
                _lastChange[slot] = _timeProvider.GetUtcNow();
            }
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">The bank has no such valve.</exception>
    public bool IsOpen(ValveId valve) => Volatile.Read(ref _open[SlotOrThrow(valve)]);

    /// <summary>
    /// When the commanded state of <paramref name="valve"/> last changed (creation of the bank counts as the change to
    /// closed). Commanding the state a valve already has is not a change.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The bank has no such valve.</exception>
    public DateTimeOffset LastChange(ValveId valve)
    {
        int slot = SlotOrThrow(valve);
        lock (_gate)
        {
            return _lastChange[slot];
        }
    }

    /// <inheritdoc/>
    /// <remarks>Freeze valves are written first. A line that cannot be written faults the bank; the others are still
    /// written. Never throws. Still writes every line closed after disposal (the lines are never released), as a best
    /// effort for an emergency stop that races with shut-down.</remarks>
    public void CloseAll()
    {
        lock (_gate)
        {
            CloseAllLocked();
        }
    }

    /// <summary>
    /// Drives every valve to its closed level and refuses further opens (<see cref="SetOpen"/> then throws
    /// <see cref="ObjectDisposedException"/>). Never throws.
    /// </summary>
    /// <remarks>Does not release the lines and does not dispose the controller: a released line may stop being
    /// driven, and an undriven active-low valve line is not held closed. The lines stay driven closed until the
    /// process exits.</remarks>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            CloseAllLocked();
            _disposed = true;
        }
    }

    private void CloseAllLocked()
    {
        DateTimeOffset now = _timeProvider.GetUtcNow();
        for (int slot = 0; slot < _pins.Length; slot++)
        {
            try
            {
                Drive(slot, open: false);
            }
            catch (Exception)
            {
                // Keep going: every other valve must still be closed. The failure is recorded as a fault.
                _failedWriteCount++;
                _faulted = true;
            }

            if (_open[slot])
            {
                _open[slot] = false;
                _lastChange[slot] = now;
            }
        }
    }

    private void Drive(int slot, bool open)
    {
        PinValuePair pair = new(_pins[slot], open != _activeLow[slot] ? PinValue.High : PinValue.Low);
        _controller.Write(new ReadOnlySpan<PinValuePair>(in pair));
    }

    private int SlotOrThrow(ValveId valve)
    {
        int slot = _slots.SlotOf(valve);
        if (slot < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(valve), valve, $"{valve} is not a valve of this bank ({ProbeCount} probes).");
        }

        return slot;
    }
}
