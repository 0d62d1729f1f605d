using System.Device.Gpio;
using CryoWeb.Hardware.Gpio;

namespace CryoWeb.Hardware.Valves;

/// <summary>Start-up of <see cref="GpioValveBank"/>: the checks made before any line is opened, and the opening of
/// every line as an output at its closed level.</summary>
public sealed partial class GpioValveBank
{
    private void RefuseActiveLowOnGlitchingDriver(GpioController controller, Func<Type, bool> isGlitchFreeDriver, string paramName)
    {
        if (Array.IndexOf(_activeLow, true) < 0)
        {
            // A glitching driver drives a new output low first: closed for an active-high valve, so no harm.
            return;
        }

        Type? driverType = GpioOutputStartup.DriverTypeOf(controller);
        if (driverType is not null && isGlitchFreeDriver(driverType))
        {
            return;
        }

        string valves = string.Join(
            ", ",
            Enumerable.Range(0, _pins.Length).Where(slot => _activeLow[slot]).Select(slot => $"{_slots.ValveAt(slot)} (GPIO {_pins[slot]})"));
        string driver = driverType is null ? "an unidentified GPIO driver" : $"GPIO driver {driverType.Name}";
        throw new ArgumentException(
            $"{valves}: an active-low valve would open briefly at start-up with {driver}, which is not known to set a " +
            "line's level before making it an output (it can drive the line low, valve open, before writing the closed " +
            "level). Use GpioDriver LibGpiod, Auto on a Raspberry Pi, or wire the valve active-high.",
            paramName);
    }

    private void RefuseLinesAlreadyOpen(GpioController controller, string paramName)
    {
        // GpioController 4.2.0 returns an already open pin from OpenPin instead of throwing; a line used by another
        // device on the same controller would be taken over silently.
        for (int slot = 0; slot < _pins.Length; slot++)
        {
            if (controller.IsPinOpen(_pins[slot]))
            {
                throw new ArgumentException(
                    $"{_slots.ValveAt(slot)}: GPIO {_pins[slot]} is already open on this controller (used by another device?).",
                    paramName);
            }
        }
    }

    private void OpenAllClosed()
    {
        for (int slot = 0; slot < _pins.Length; slot++)
        {
            try
            {
                _controller.OpenPin(_pins[slot], PinMode.Output, ClosedLevel(slot));
            }
            catch (Exception ex)
            {
                DriveOpenedLinesClosed(upToSlot: slot);
                throw new ValveBankFaultException(
                    $"Could not open GPIO {_pins[slot]} for {_slots.ValveAt(slot)} as an output at its closed level: {ex.Message}",
                    ex);
            }
        }
    }

    /// <summary>
    /// After a failed start-up: writes the closed level once more to every line up to <paramref name="upToSlot"/> that
    /// is open on the controller (the failed one too, if <c>OpenPin</c> got as far as opening it), and leaves them open.
    /// They are deliberately not released: a released line may stop being driven, which can open an active-low valve.
    /// </summary>
    private void DriveOpenedLinesClosed(int upToSlot)
    {
        for (int slot = 0; slot <= upToSlot; slot++)
        {
            try
            {
                if (_controller.IsPinOpen(_pins[slot]))
                {
                    Drive(slot, open: false);
                }
            }
            catch (Exception)
            {
                // Best effort, the start-up failure is thrown anyway; a line opened successfully is already at its
                // closed level.
            }
        }
    }

    private PinValue ClosedLevel(int slot) => _activeLow[slot] ? PinValue.High : PinValue.Low;
}
