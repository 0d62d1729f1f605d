namespace CryoWeb.Hardware.Valves;

/// <summary>
/// Wiring of one valve to a GPIO line: the line number in the controller's (logical) numbering and whether the valve
/// driver opens on a low level (<paramref name="ActiveLow"/> = true) or on a high level.
/// </summary>
public sealed record ValvePin(ValveId Valve, int Pin, bool ActiveLow = false);
