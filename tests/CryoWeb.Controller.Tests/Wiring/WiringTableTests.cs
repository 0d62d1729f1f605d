using CryoWeb.Controller.Wiring;
using CryoWeb.Hardware.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CryoWeb.Controller.Tests.Wiring;

public sealed class WiringTableTests
{
    /// <summary>One probe, one amplifier on a native chip select and one on a GPIO, thaw gas without a transducer.</summary>
    private static HardwareOptions SmallConsole(Action<HardwareOptions>? change = null)
    {
        var options = new HardwareOptions
        {
            Mode = PlantMode.Physical,
            HeartbeatPin = 16,
            Valves =
            {
                ArgonSupply = new ValvePinOptions { Pin = 20 },
                ThawSupply = new ValvePinOptions { Pin = 21 },
                Vent = new ValvePinOptions { Pin = 26 },
            },
            Pressure = new PressureOptions
            {
                Address = 0x49,
                Argon = new PressureInputOptions { Input = 2, MinVolts = 0.5, MaxVolts = 4.5, MaxPsi = 3000 },
                ThawGas = new PressureInputOptions { Input = null },
            },
        };
        options.Valves.Probes.Add(new ProbeValveOptions { Freeze = new ValvePinOptions { Pin = 5 }, Thaw = new ValvePinOptions { Pin = 6, ActiveLow = true } });
        options.Thermocouples.Channels.Add(new ThermocoupleChannelOptions { Name = "Probe 1 tip", TipOfProbe = 1, ChipSelectPin = 17 });
        options.Thermocouples.Channels.Add(new ThermocoupleChannelOptions { Name = "TS|skin", ChipSelectPin = 27 });
        change?.Invoke(options);
        return options;
    }

    private static WiringRow Row(IEnumerable<WiringRow> rows, string function) => Assert.Single(rows, r => r.Function == function);

    [Fact]
    public void A_valve_row_gives_its_bcm_gpio_header_pin_and_level()
    {
        var rows = WiringTable.Build(SmallConsole());

        Assert.Equal(new WiringRow("Probe 1 freeze valve", "GPIO output", 5, 29, "high = open", "normally closed; argon to the probe tip"), Row(rows, "Probe 1 freeze valve"));
        var thaw = Row(rows, "Probe 1 thaw valve");
        Assert.Equal((6, 31, "low = open"), (thaw.Gpio, thaw.HeaderPin, thaw.ActiveLevel));
        Assert.Equal((26, 37), (Row(rows, "Vent valve").Gpio, Row(rows, "Vent valve").HeaderPin));
        Assert.Equal((16, 36, "toggles"), (Row(rows, "Heartbeat (external watchdog)").Gpio, Row(rows, "Heartbeat (external watchdog)").HeaderPin, Row(rows, "Heartbeat (external watchdog)").ActiveLevel));
    }

    [Fact]
    public void Gpio_chip_selects_get_their_pins_the_spi_lines_and_an_unused_ce0_row()
    {
        var rows = WiringTable.Build(SmallConsole());

        var tip = Row(rows, "Thermocouple 'Probe 1 tip' chip select");
        Assert.Equal(("GPIO chip select on SPI0", 17, 11, "low = selected"), (tip.Connection, tip.Gpio, tip.HeaderPin, tip.ActiveLevel));
        Assert.Contains("tip of probe 1", tip.Notes, StringComparison.Ordinal);
        Assert.Contains("thermal sensor", Row(rows, "Thermocouple 'TS|skin' chip select").Notes, StringComparison.Ordinal);
        Assert.Equal((9, 21), (Row(rows, "Thermocouple bus MISO").Gpio, Row(rows, "Thermocouple bus MISO").HeaderPin));
        Assert.Equal((8, 24), (Row(rows, "SPI0 CE0 (not used)").Gpio, Row(rows, "SPI0 CE0 (not used)").HeaderPin));
    }

    [Fact]
    public void A_native_chip_select_names_its_ce_line_and_device_and_warns_when_mixed_with_gpio_ones()
    {
        var rows = WiringTable.Build(SmallConsole(o => o.Thermocouples.Channels[0] = new ThermocoupleChannelOptions { Name = "Probe 1 tip", TipOfProbe = 1, ChipSelectLine = 1 }));

        var tip = Row(rows, "Thermocouple 'Probe 1 tip' chip select");
        Assert.Equal(("SPI0 CE1 (/dev/spidev0.1)", 7, 26), (tip.Connection, tip.Gpio, tip.HeaderPin));
        Assert.StartsWith("CLASH:", tip.Notes, StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.Function == "SPI0 CE0 (not used)");
    }

    [Fact]
    public void A_gpio_output_on_a_bus_line_in_use_is_marked_as_a_clash()
    {
        var rows = WiringTable.Build(SmallConsole(o => o.Valves.Vent = new ValvePinOptions { Pin = 9 }));

        Assert.StartsWith("CLASH: GPIO 9 is also SPI0 MISO", Row(rows, "Vent valve").Notes, StringComparison.Ordinal);
        Assert.DoesNotContain("CLASH", Row(rows, "Probe 1 freeze valve").Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pressure_rows_give_the_i2c_address_input_and_scale()
    {
        var rows = WiringTable.Build(SmallConsole());

        var argon = Row(rows, "Argon supply pressure");
        Assert.Equal(("ADS1115 AIN2 (I2C1 0x49)", (int?)null), (argon.Connection, argon.Gpio));
        Assert.StartsWith("0.5-4.5 V = 0-3000 psi (750 psi/V)", argon.Notes, StringComparison.Ordinal);
        Assert.Contains("below 0.4 V or above 4.6 V", argon.Notes, StringComparison.Ordinal);
        Assert.Equal("not fitted", Row(rows, "Thaw gas supply pressure").Connection);
        Assert.Contains("ADDR pin to VDD", Row(rows, "Pressure ADC data").Notes, StringComparison.Ordinal);
        Assert.Equal((2, 3), (Row(rows, "Pressure ADC data").Gpio, Row(rows, "Pressure ADC data").HeaderPin));
    }

    [Fact]
    public void A_simulator_configuration_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => WiringTable.Build(SmallConsole(o => o.Mode = PlantMode.Simulator)));

        Assert.Contains("Hardware:Mode", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_binds_and_validates_the_hardware_section_as_the_console_does()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hardware:Mode"] = "Physical",
            ["Hardware:Valves:Probes:0:Freeze:Pin"] = "5",
            ["Hardware:Valves:Probes:0:Thaw:Pin"] = "6",
            ["Hardware:Valves:ArgonSupply:Pin"] = "20",
            ["Hardware:Valves:ThawSupply:Pin"] = "21",
            ["Hardware:Valves:Vent:Pin"] = "26",
            ["Hardware:HeartbeatPin"] = "16",
            ["Hardware:Thermocouples:Channels:0:Name"] = "Probe 1 tip",
            ["Hardware:Thermocouples:Channels:0:TipOfProbe"] = "1",
            ["Hardware:Thermocouples:Channels:0:ChipSelectPin"] = "17",
        }).Build();

        var wiring = WiringTable.Read(configuration);

        Assert.Null(wiring.NoWiring);
        Assert.Equal((5, 29), (Row(wiring.Rows, "Probe 1 freeze valve").Gpio, Row(wiring.Rows, "Probe 1 freeze valve").HeaderPin));

        configuration["Hardware:Valves:Probes:0:Thaw:Pin"] = "5";
        var e = Assert.Throws<OptionsValidationException>(() => WiringTable.Read(configuration));
        Assert.Contains(e.Failures, f => f.StartsWith("Hardware:Valves:Probes:0:Thaw:Pin: GPIO 5 is already used", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_gives_a_simulator_no_rows_and_says_why_naming_the_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Hardware:Mode"] = "Simulator" }).Build();

        var wiring = WiringTable.Read(configuration);

        Assert.Empty(wiring.Rows);
        Assert.Equal("Hardware:Mode is Simulator: the simulator has no wiring.", wiring.NoWiring);
    }
}
