namespace CryoWeb.Controller.Wiring;

/// <summary>
/// One connection to make on the controller: what it is for, where it goes (a GPIO with its header pin, a bus line,
/// an ADC input), the level that means "active" and what else the technician needs to know.
/// </summary>
/// <param name="Function">What the connection is for, e.g. "Probe 1 freeze valve".</param>
/// <param name="Connection">Bus or signal, e.g. "GPIO output", "SPI0 MISO", "ADS1115 AIN0 (I2C1 0x48)".</param>
/// <param name="Gpio">BCM GPIO number, or null for a connection that is not a GPIO (an ADC input).</param>
/// <param name="HeaderPin">Physical pin on the 40-pin header, or null when there is none.</param>
/// <param name="ActiveLevel">What level means active, e.g. "high = open".</param>
/// <param name="Notes">Anything else: scale, pull-ups, what happens when it stops.</param>
public sealed record WiringRow(string Function, string Connection, int? Gpio, int? HeaderPin, string ActiveLevel, string Notes);
