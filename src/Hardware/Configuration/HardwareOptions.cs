namespace CryoWeb.Hardware.Configuration;

/// <summary>
/// The "Hardware" configuration section: pin map, buses, chip selects, addresses and counts. Validated at start-up by
/// <see cref="HardwareOptionsValidator"/>; with <see cref="Mode"/> left at Simulator nothing else is needed.
/// </summary>
public sealed class HardwareOptions
{
    public const string SectionName = "Hardware";

    public PlantMode Mode { get; set; } = PlantMode.Simulator;

    /// <summary>GPIO driver: Auto (chosen by System.Device.Gpio), LibGpiod, LibGpiodV2 or SysFs.</summary>
    public string GpioDriver { get; set; } = "Auto";

    /// <summary>GPIO chip number for the libgpiod drivers.</summary>
    public int GpioChip { get; set; }

    public ValveBankOptions Valves { get; set; } = new();

    /// <summary>GPIO pin toggled every control tick for the external hardware watchdog.</summary>
    public int? HeartbeatPin { get; set; }

    public ThermocoupleBankOptions Thermocouples { get; set; } = new();

    public PressureOptions Pressure { get; set; } = new();

    /// <summary>Simulator only: a JSON file with a "layout" like the simulate command's plan files; empty for the built-in layout.</summary>
    public string? SimulationLayoutFile { get; set; }
}
