using System.Globalization;
using CryoWeb.Hardware;
using CryoWeb.Hardware.Configuration;
using CryoWeb.Hardware.Pressure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CryoWeb.Controller.Wiring;

/// <summary>
/// The connections a technician makes on the controller, worked out from a validated Physical
/// <see cref="HardwareOptions"/>: valves, heartbeat, the thermocouple SPI bus and chip selects, the pressure ADC on I2C
/// and its inputs. GPIO numbers are BCM numbers; header pins are those of the 40-pin Raspberry Pi header. A GPIO output
/// that is also a line of a bus in use is marked "CLASH" (the validator checks duplicates, not board functions).
/// </summary>
public static class WiringTable
{
    private const string None = "—";

    /// <summary>
    /// The wiring of the console <paramref name="configuration"/> describes: its "Hardware" section bound and validated
    /// exactly as the console does at start-up (same registration, same validators). A simulator has no wiring: no
    /// rows, and <see cref="ConsoleWiring.NoWiring"/> says why.
    /// </summary>
    /// <exception cref="OptionsValidationException">The section is invalid; one failure per wrong key.</exception>
    /// <exception cref="InvalidOperationException">A value the binder cannot convert (the message names the key).</exception>
    public static ConsoleWiring Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        using var services = new ServiceCollection().AddCryoWebHardware(configuration).BuildServiceProvider();
        var options = services.GetRequiredService<IOptions<HardwareOptions>>().Value;
        return options.Mode == PlantMode.Physical
            ? new ConsoleWiring(Build(options), NoWiring: null)
            : new ConsoleWiring([], $"{HardwareOptions.SectionName}:Mode is {options.Mode}: the simulator has no wiring.");
    }

    /// <summary>One row per connection, in wiring order: valves, heartbeat, SPI, chip selects, I2C, pressure inputs.</summary>
    internal static IReadOnlyList<WiringRow> Build(HardwareOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Mode != PlantMode.Physical)
        {
            throw new ArgumentException($"{HardwareOptions.SectionName}:Mode: {options.Mode} has no wiring; only Physical has.", nameof(options));
        }

        var busLines = BusLines(options);
        var rows = new List<WiringRow>();
        var valves = options.Valves;
        for (int i = 0; i < valves.Probes.Count; i++)
        {
            rows.Add(Valve($"Probe {i + 1} freeze valve", valves.Probes[i].Freeze, "argon to the probe tip", busLines));
            rows.Add(Valve($"Probe {i + 1} thaw valve", valves.Probes[i].Thaw, "thaw gas to the probe tip", busLines));
        }

        rows.Add(Valve("Argon supply valve", valves.ArgonSupply, "open only while a probe freezes or sticks", busLines));
        rows.Add(Valve("Thaw gas supply valve", valves.ThawSupply, "open only while a probe actively thaws", busLines));
        rows.Add(Valve("Vent valve", valves.Vent, "opens in emergency stop", busLines));
        rows.Add(GpioRow(
            "Heartbeat (external watchdog)", "GPIO output", options.HeartbeatPin, "toggles",
            "one edge per control tick, starts low; the watchdog must cut valve power when the edges stop", busLines));
        AddThermocouples(options.Thermocouples, rows, busLines);
        AddPressure(options.Pressure, rows);
        return rows;
    }

    private static WiringRow Valve(string function, ValvePinOptions valve, string what, IReadOnlyDictionary<int, string> busLines) =>
        GpioRow(function, "GPIO output", valve.Pin, valve.ActiveLow ? "low = open" : "high = open", $"normally closed; {what}", busLines);

    private static WiringRow GpioRow(string function, string connection, int? gpio, string level, string notes, IReadOnlyDictionary<int, string> busLines)
    {
        if (gpio is null)
        {
            return new WiringRow(function, "not configured", null, null, level, notes);
        }

        if (busLines.TryGetValue(gpio.Value, out string? line))
        {
            notes = $"CLASH: GPIO {gpio} is also {line}; {notes}";
        }

        return new WiringRow(function, connection, gpio, RaspberryPiHeader.HeaderPin(gpio.Value), level, notes);
    }

    private static void AddThermocouples(ThermocoupleBankOptions tc, List<WiringRow> rows, IReadOnlyDictionary<int, string> busLines)
    {
        string bus = $"SPI{tc.SpiBus}";
        var pins = RaspberryPiHeader.SpiBus(tc.SpiBus);
        bool anyGpioChipSelect = tc.Channels.Any(c => c.ChipSelectPin is not null);
        bool anyNativeChipSelect = tc.Channels.Any(c => c.ChipSelectLine is not null);
        rows.Add(BusRow($"Thermocouple bus clock", $"{bus} SCLK", pins?.Sclk, $"to SCK of every MAX31856; clock {tc.ClockHz / 1000} kHz"));
        rows.Add(BusRow($"Thermocouple bus MOSI", $"{bus} MOSI", pins?.Mosi, "to SDI of every MAX31856"));
        rows.Add(BusRow($"Thermocouple bus MISO", $"{bus} MISO", pins?.Miso, "from SDO of every MAX31856; pull-up to 3.3 V (an absent amplifier then reads as a bus failure)"));
        foreach (var channel in tc.Channels)
        {
            string function = $"Thermocouple '{channel.Name}' chip select";
            string what = channel.TipOfProbe is int probe ? $"tip of probe {probe}" : "thermal sensor";
            string notes = $"MAX31856 CS, type {tc.Type} thermocouple, {what}; pull-up to 3.3 V";
            if (channel.ChipSelectLine is int line)
            {
                int? gpio = pins is not null && line < pins.ChipSelects.Count ? pins.ChipSelects[line] : null;
                string mixed = anyGpioChipSelect ? "CLASH: this bus also has GPIO chip selects, which must not share it with a native one; " : string.Empty;
                rows.Add(new WiringRow(function, $"{bus} CE{line} (/dev/spidev{tc.SpiBus}.{line})", gpio, gpio is int g ? RaspberryPiHeader.HeaderPin(g) : null, "low = selected", mixed + notes));
            }
            else
            {
                rows.Add(GpioRow(function, $"GPIO chip select on {bus}", channel.ChipSelectPin, "low = selected", notes, busLines));
            }
        }

        if (anyGpioChipSelect && !anyNativeChipSelect)
        {
            rows.Add(BusRow($"{bus} CE0 (not used)", $"{bus} CE0", pins?.ChipSelects[0], "leave unconnected: the SPI driver keeps it for the amplifiers' shared device"));
        }
    }

    private static void AddPressure(PressureOptions pressure, List<WiringRow> rows)
    {
        string bus = $"I2C{pressure.I2cBus}";
        string address = $"0x{pressure.Address:X2}";
        var pins = RaspberryPiHeader.I2cBus(pressure.I2cBus);
        string addressPin = pressure.Address switch { 0x48 => "GND", 0x49 => "VDD", 0x4A => "SDA", 0x4B => "SCL", _ => "?" };
        string pullUps = pins is null ? "pull-ups to 3.3 V, none to 5 V" : $"the Pi has pull-ups to 3.3 V on {bus}, add none to 5 V";
        rows.Add(BusRow("Pressure ADC data", $"{bus} SDA", pins?.Sda, $"to SDA of the ADS1115 at {address} (its ADDR pin to {addressPin}); {pullUps}"));
        rows.Add(BusRow("Pressure ADC clock", $"{bus} SCL", pins?.Scl, "to SCL of the ADS1115"));
        rows.Add(PressureRow("Argon supply pressure", pressure.Argon, bus, address, "below the low limit new freezes are refused"));
        rows.Add(PressureRow("Thaw gas supply pressure", pressure.ThawGas, bus, address, "without it active thaw is refused"));
    }

    private static WiringRow PressureRow(string function, PressureInputOptions input, string bus, string address, string missing)
    {
        if (input.Input is not int ain)
        {
            return new WiringRow(function, "not fitted", null, null, None, $"no transducer: {missing}");
        }

        var scale = new PressureTransducerScale(input.MinVolts, input.MaxVolts, input.MinPsi, input.MaxPsi);
        double psiPerVolt = (scale.MaxPsi - scale.MinPsi) / (scale.MaxVolts - scale.MinVolts);
        string notes = string.Create(
            CultureInfo.InvariantCulture,
            $"{scale.MinVolts:0.###}-{scale.MaxVolts:0.###} V = {scale.MinPsi:0.#}-{scale.MaxPsi:0.#} psi ({psiPerVolt:0.#} psi/V), volts at the ADC pin; below {scale.LowestValidVolts:0.###} V or above {scale.HighestValidVolts:0.###} V is a wiring fault");
        return new WiringRow(function, $"ADS1115 AIN{ain} ({bus} {address})", null, null, None, notes);
    }

    private static WiringRow BusRow(string function, string connection, int? gpio, string notes) =>
        new(function, connection, gpio, gpio is int g ? RaspberryPiHeader.HeaderPin(g) : null, None, notes);

    /// <summary>The GPIOs of the SPI and I2C buses this configuration uses, with their function, e.g. 9 → "SPI0 MISO".</summary>
    private static Dictionary<int, string> BusLines(HardwareOptions options)
    {
        var lines = new Dictionary<int, string>();
        int spi = options.Thermocouples.SpiBus;
        if (RaspberryPiHeader.SpiBus(spi) is { } s)
        {
            lines[s.Sclk] = $"SPI{spi} SCLK";
            lines[s.Mosi] = $"SPI{spi} MOSI";
            lines[s.Miso] = $"SPI{spi} MISO";
            for (int i = 0; i < s.ChipSelects.Count; i++)
            {
                lines[s.ChipSelects[i]] = $"SPI{spi} CE{i}";
            }
        }

        if (RaspberryPiHeader.I2cBus(options.Pressure.I2cBus) is var (sda, scl))
        {
            lines[sda] = $"I2C{options.Pressure.I2cBus} SDA";
            lines[scl] = $"I2C{options.Pressure.I2cBus} SCL";
        }

        return lines;
    }
}
