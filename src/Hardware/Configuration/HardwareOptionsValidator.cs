using CryoWeb.Hardware.Gpio;
using CryoWeb.Thermal.Layout;
using Microsoft.Extensions.Options;

namespace CryoWeb.Hardware.Configuration;

/// <summary>
/// Start-up validation of the Hardware section. Every message names the configuration key that is wrong, e.g.
/// "Hardware:Valves:Probes:1:Thaw:Pin: GPIO 6 is already used by Hardware:Valves:Probes:0:Freeze:Pin".
/// </summary>
public sealed class HardwareOptionsValidator : IValidateOptions<HardwareOptions>
{
    private const int MaxProbes = PlantLimits.MaxProbes;
    private const int MaxThermocoupleChannels = PlantLimits.MaxThermocoupleChannels;

    /// <summary>ADS1115 full scale at its widest range; the transducer span plus the fault margin must fit under it.</summary>
    private const double AdcFullScaleVolts = 6.144;
    private const double FaultMarginVolts = 0.1;
    private const string Root = HardwareOptions.SectionName;
    private static readonly string[] GpioDrivers = ["Auto", "LibGpiod", "LibGpiodV2", "SysFs"];
    private static readonly string[] ThermocoupleTypes = ["B", "E", "J", "K", "N", "R", "S", "T"];
    private static readonly int[] AveragingCounts = [1, 2, 4, 8, 16];

    public ValidateOptionsResult Validate(string? name, HardwareOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.Mode == PlantMode.Simulator)
        {
            if (!string.IsNullOrWhiteSpace(options.SimulationLayoutFile) && !File.Exists(options.SimulationLayoutFile))
            {
                errors.Add($"{Root}:SimulationLayoutFile: file '{options.SimulationLayoutFile}' does not exist.");
            }
            else if (!string.IsNullOrWhiteSpace(options.SimulationLayoutFile))
            {
                try
                {
                    SimulationLayoutJson.Load(options.SimulationLayoutFile);
                }
                catch (ArgumentException e)
                {
                    errors.Add($"{Root}:SimulationLayoutFile: {e.Message}");
                }
            }

            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }

        if (!GpioDrivers.Contains(options.GpioDriver, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"{Root}:GpioDriver: '{options.GpioDriver}' is not a GPIO driver ({string.Join(", ", GpioDrivers)}).");
        }

        if (options.GpioChip < 0)
        {
            errors.Add($"{Root}:GpioChip: {options.GpioChip} is not a chip number.");
        }
        else if (options.GpioChip != 0 && string.Equals(options.GpioDriver, "Auto", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"{Root}:GpioChip: {options.GpioChip} cannot be used with GpioDriver Auto (always chip 0); choose LibGpiod or LibGpiodV2.");
        }

        var pins = new Dictionary<int, string>();
        ValidateValves(options.Valves, GlitchingDriver(options.GpioDriver), pins, errors);
        if (options.HeartbeatPin is null)
        {
            errors.Add($"{Root}:HeartbeatPin: missing; the external watchdog needs a heartbeat output.");
        }
        else
        {
            ClaimPin(options.HeartbeatPin.Value, $"{Root}:HeartbeatPin", pins, errors);
        }

        ValidateThermocouples(options.Thermocouples, options.Valves.Probes.Count, pins, errors);
        ValidatePressure(options.Pressure, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>The configured driver if it is known to drive a new output low before writing its level
    /// (see <see cref="GpioOutputStartup"/>); null for a glitch-free driver, Auto (checked by the valve bank at run
    /// time) or a name that is not a driver (reported on its own).</summary>
    private static GpioDriverKind? GlitchingDriver(string driver) =>
        GpioDrivers.Contains(driver, StringComparer.OrdinalIgnoreCase)
        && Enum.TryParse(driver, ignoreCase: true, out GpioDriverKind kind)
        && GpioOutputStartup.IsKnownToGlitch(kind)
            ? kind
            : null;

    private static void ValidateValves(ValveBankOptions valves, GpioDriverKind? glitchingDriver, Dictionary<int, string> pins, List<string> errors)
    {
        string key = $"{Root}:Valves";
        if (valves.Probes.Count is < 1 or > MaxProbes)
        {
            errors.Add($"{key}:Probes: between 1 and {MaxProbes} probes are needed, not {valves.Probes.Count}.");
        }

        for (int i = 0; i < valves.Probes.Count; i++)
        {
            ValvePin(valves.Probes[i].Freeze, $"{key}:Probes:{i}:Freeze", glitchingDriver, pins, errors);
            ValvePin(valves.Probes[i].Thaw, $"{key}:Probes:{i}:Thaw", glitchingDriver, pins, errors);
        }

        ValvePin(valves.ArgonSupply, $"{key}:ArgonSupply", glitchingDriver, pins, errors);
        ValvePin(valves.ThawSupply, $"{key}:ThawSupply", glitchingDriver, pins, errors);
        ValvePin(valves.Vent, $"{key}:Vent", glitchingDriver, pins, errors);
    }

    private static void ValvePin(ValvePinOptions valve, string key, GpioDriverKind? glitchingDriver, Dictionary<int, string> pins, List<string> errors)
    {
        if (valve.ActiveLow && glitchingDriver is GpioDriverKind driver)
        {
            errors.Add(
                $"{key}:ActiveLow: an active-low valve would open briefly at start-up with GpioDriver {driver} (it drives " +
                "the pin low before writing the closed level); use LibGpiod, Auto on a Raspberry Pi, or wire the valve active-high.");
        }

        if (valve.Pin is null)
        {
            errors.Add($"{key}:Pin: missing.");
            return;
        }

        ClaimPin(valve.Pin.Value, $"{key}:Pin", pins, errors);
    }

    private static void ClaimPin(int pin, string key, Dictionary<int, string> pins, List<string> errors)
    {
        if (pin is < 0 or > 511)
        {
            errors.Add($"{key}: GPIO {pin} is not a pin number (0 to 511).");
        }
        else if (!pins.TryAdd(pin, key))
        {
            errors.Add($"{key}: GPIO {pin} is already used by {pins[pin]}.");
        }
    }

    private static void ValidateThermocouples(ThermocoupleBankOptions tc, int probeCount, Dictionary<int, string> pins, List<string> errors)
    {
        string key = $"{Root}:Thermocouples";
        if (!ThermocoupleTypes.Contains(tc.Type, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"{key}:Type: '{tc.Type}' is not a thermocouple type ({string.Join(", ", ThermocoupleTypes)}).");
        }

        if (!AveragingCounts.Contains(tc.Averaging))
        {
            errors.Add($"{key}:Averaging: {tc.Averaging} is not one of 1, 2, 4, 8, 16.");
        }

        if (tc.MainsHz is not (50 or 60))
        {
            errors.Add($"{key}:MainsHz: {tc.MainsHz} must be 50 or 60.");
        }

        if (tc.ClockHz is < 100_000 or > 5_000_000)
        {
            errors.Add($"{key}:ClockHz: {tc.ClockHz} is outside the MAX31856's 100 kHz to 5 MHz.");
        }

        if (tc.SpiBus < 0)
        {
            errors.Add($"{key}:SpiBus: {tc.SpiBus} is not a bus number.");
        }

        if (tc.Channels.Count is < 1 or > MaxThermocoupleChannels)
        {
            errors.Add($"{key}:Channels: between 1 and {MaxThermocoupleChannels} channels are needed, not {tc.Channels.Count}.");
        }

        var lines = new Dictionary<int, string>();
        var tips = new Dictionary<int, string>();
        for (int i = 0; i < tc.Channels.Count; i++)
        {
            var channel = tc.Channels[i];
            string ck = $"{key}:Channels:{i}";
            if (string.IsNullOrWhiteSpace(channel.Name))
            {
                errors.Add($"{ck}:Name: missing.");
            }

            switch (channel.ChipSelectLine, channel.ChipSelectPin)
            {
                case (null, null):
                    errors.Add($"{ck}: no chip select; set ChipSelectLine (native SPI line) or ChipSelectPin (GPIO).");
                    break;
                case (not null, not null):
                    errors.Add($"{ck}: both ChipSelectLine and ChipSelectPin are set; use one.");
                    break;
                case (int line, null) when line < 0 || !lines.TryAdd(line, ck):
                    errors.Add($"{ck}:ChipSelectLine: line {line} is {(line < 0 ? "not a line number" : $"already used by {lines[line]}")}.");
                    break;
                case (null, int pin):
                    ClaimPin(pin, $"{ck}:ChipSelectPin", pins, errors);
                    break;
            }

            if (channel.TipOfProbe is int probe && (probe < 1 || probe > probeCount || !tips.TryAdd(probe, ck)))
            {
                errors.Add($"{ck}:TipOfProbe: {probe} is {(probe < 1 || probe > probeCount ? $"not a probe (1 to {probeCount})" : $"already the tip of {tips[probe]}")}.");
            }
        }

        for (int probe = 1; probe <= probeCount; probe++)
        {
            if (!tips.ContainsKey(probe) && tc.Channels.Count > 0)
            {
                errors.Add($"{key}:Channels: no channel has TipOfProbe {probe}; every probe needs its tip thermocouple.");
            }
        }
    }

    private static void ValidatePressure(PressureOptions pressure, List<string> errors)
    {
        string key = $"{Root}:Pressure";
        if (pressure.Address is < 0x48 or > 0x4B)
        {
            errors.Add($"{key}:Address: {pressure.Address} is not an ADS1115 address (72 to 75, 0x48 to 0x4B).");
        }

        if (pressure.I2cBus < 0)
        {
            errors.Add($"{key}:I2cBus: {pressure.I2cBus} is not a bus number.");
        }

        if (pressure.Argon.Input is null)
        {
            errors.Add($"{key}:Argon:Input: missing; the argon supply needs its transducer for the pressure interlocks.");
        }

        Input(pressure.Argon, $"{key}:Argon", errors);
        Input(pressure.ThawGas, $"{key}:ThawGas", errors);
        if (pressure.Argon.Input is int a && pressure.ThawGas.Input == a)
        {
            errors.Add($"{key}:ThawGas:Input: input {a} is already used by {key}:Argon:Input.");
        }
    }

    private static void Input(PressureInputOptions input, string key, List<string> errors)
    {
        if (input.Input is int i && i is < 0 or > 3)
        {
            errors.Add($"{key}:Input: {i} is not an ADS1115 input (0 to 3).");
        }

        if (!(input.MaxVolts > input.MinVolts) || input.MinVolts < 0)
        {
            errors.Add($"{key}:MaxVolts: {input.MinVolts}..{input.MaxVolts} V must rise from MinVolts of 0 V or more.");
        }
        else if (input.MaxVolts + FaultMarginVolts > AdcFullScaleVolts)
        {
            errors.Add($"{key}:MaxVolts: {input.MaxVolts} V plus the {FaultMarginVolts} V fault margin exceeds the ADS1115's {AdcFullScaleVolts} V full scale.");
        }

        if (!(input.MaxPsi > input.MinPsi))
        {
            errors.Add($"{key}:MaxPsi: {input.MaxPsi} must be above MinPsi {input.MinPsi}.");
        }
    }
}
