using CryoWeb.Configuration;
using CryoWeb.Hardware.Configuration;
using Microsoft.Extensions.Configuration;

namespace CryoWeb.Hardware.Tests.Configuration;

public class HardwareOptionsValidatorTests
{
    /// <summary>A complete, valid two-probe console: 2 native + 2 GPIO chip selects.</summary>
    private static Dictionary<string, string?> ValidPhysical() => new()
    {
        ["Hardware:Mode"] = "Physical",
        ["Hardware:Valves:Probes:0:Freeze:Pin"] = "5",
        ["Hardware:Valves:Probes:0:Thaw:Pin"] = "6",
        ["Hardware:Valves:Probes:1:Freeze:Pin"] = "13",
        ["Hardware:Valves:Probes:1:Thaw:Pin"] = "19",
        ["Hardware:Valves:Probes:1:Thaw:ActiveLow"] = "true",
        ["Hardware:Valves:ArgonSupply:Pin"] = "20",
        ["Hardware:Valves:ThawSupply:Pin"] = "21",
        ["Hardware:Valves:Vent:Pin"] = "26",
        ["Hardware:HeartbeatPin"] = "16",
        ["Hardware:Thermocouples:Channels:0:Name"] = "Probe 1 tip",
        ["Hardware:Thermocouples:Channels:0:TipOfProbe"] = "1",
        ["Hardware:Thermocouples:Channels:0:ChipSelectLine"] = "0",
        ["Hardware:Thermocouples:Channels:1:Name"] = "Probe 2 tip",
        ["Hardware:Thermocouples:Channels:1:TipOfProbe"] = "2",
        ["Hardware:Thermocouples:Channels:1:ChipSelectLine"] = "1",
        ["Hardware:Thermocouples:Channels:2:Name"] = "TS1",
        ["Hardware:Thermocouples:Channels:2:ChipSelectPin"] = "17",
        ["Hardware:Thermocouples:Channels:3:Name"] = "TS2",
        ["Hardware:Thermocouples:Channels:3:ChipSelectPin"] = "27",
    };

    private static IReadOnlyList<string> Errors(Dictionary<string, string?> settings)
    {
        var options = new HardwareOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build()
            .GetSection(HardwareOptions.SectionName)
            .Bind(options);
        var result = new HardwareOptionsValidator().Validate(null, options);
        return result.Failed ? [.. result.Failures] : [];
    }

    private static Dictionary<string, string?> With(params (string Key, string? Value)[] changes)
    {
        var settings = ValidPhysical();
        foreach (var (key, value) in changes)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public void A_complete_pin_map_is_accepted()
    {
        Assert.Empty(Errors(ValidPhysical()));
    }

    [Fact]
    public void The_simulator_needs_no_hardware_keys()
    {
        Assert.Empty(Errors([]));
        Assert.Empty(Errors(new() { ["Hardware:Mode"] = "Simulator" }));
    }

    [Theory]
    [InlineData("Hardware:Valves:Probes:1:Thaw:Pin", "5", "Hardware:Valves:Probes:1:Thaw:Pin: GPIO 5 is already used by Hardware:Valves:Probes:0:Freeze:Pin")]
    [InlineData("Hardware:HeartbeatPin", "17", "Hardware:Thermocouples:Channels:2:ChipSelectPin: GPIO 17 is already used by Hardware:HeartbeatPin")]
    [InlineData("Hardware:Thermocouples:Channels:2:ChipSelectPin", "26", "Hardware:Thermocouples:Channels:2:ChipSelectPin: GPIO 26 is already used by Hardware:Valves:Vent:Pin")]
    [InlineData("Hardware:Valves:Vent:Pin", null, "Hardware:Valves:Vent:Pin: missing")]
    [InlineData("Hardware:Valves:Vent:Pin", "600", "Hardware:Valves:Vent:Pin: GPIO 600 is not a pin number")]
    [InlineData("Hardware:Thermocouples:Channels:3:ChipSelectPin", null, "Hardware:Thermocouples:Channels:3: no chip select")]
    [InlineData("Hardware:Thermocouples:Channels:1:ChipSelectLine", "0", "Hardware:Thermocouples:Channels:1:ChipSelectLine: line 0 is already used by Hardware:Thermocouples:Channels:0")]
    [InlineData("Hardware:Thermocouples:Type", "Q", "Hardware:Thermocouples:Type: 'Q' is not a thermocouple type")]
    [InlineData("Hardware:Thermocouples:Averaging", "3", "Hardware:Thermocouples:Averaging: 3 is not one of 1, 2, 4, 8, 16")]
    [InlineData("Hardware:Thermocouples:MainsHz", "55", "Hardware:Thermocouples:MainsHz: 55 must be 50 or 60")]
    [InlineData("Hardware:Thermocouples:Channels:1:TipOfProbe", "3", "Hardware:Thermocouples:Channels:1:TipOfProbe: 3 is not a probe (1 to 2)")]
    [InlineData("Hardware:Thermocouples:Channels:1:TipOfProbe", null, "Hardware:Thermocouples:Channels: no channel has TipOfProbe 2")]
    [InlineData("Hardware:GpioDriver", "Magic", "Hardware:GpioDriver: 'Magic' is not a GPIO driver")]
    [InlineData("Hardware:HeartbeatPin", null, "Hardware:HeartbeatPin: missing")]
    [InlineData("Hardware:Pressure:Address", "80", "Hardware:Pressure:Address: 80 is not an ADS1115 address")]
    [InlineData("Hardware:Pressure:ThawGas:Input", "0", "Hardware:Pressure:ThawGas:Input: input 0 is already used by Hardware:Pressure:Argon:Input")]
    [InlineData("Hardware:Pressure:Argon:MaxPsi", "0", "Hardware:Pressure:Argon:MaxPsi: 0 must be above MinPsi 0")]
    [InlineData("Hardware:Pressure:Argon:Input", null, "Hardware:Pressure:Argon:Input: missing")]
    [InlineData("Hardware:Pressure:Argon:MaxVolts", "6.1", "Hardware:Pressure:Argon:MaxVolts: 6.1 V plus the 0.1 V fault margin exceeds")]
    [InlineData("Hardware:GpioChip", "-1", "Hardware:GpioChip: -1 is not a chip number")]
    [InlineData("Hardware:GpioChip", "2", "Hardware:GpioChip: 2 cannot be used with GpioDriver Auto")]
    public void A_bad_value_is_refused_with_its_key(string key, string? value, string expected)
    {
        var errors = Errors(With((key, value)));
        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Too_many_probes_or_channels_are_refused_by_count()
    {
        var settings = ValidPhysical();
        for (int i = 2; i < 9; i++)
        {
            settings[$"Hardware:Valves:Probes:{i}:Freeze:Pin"] = (100 + (2 * i)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings[$"Hardware:Valves:Probes:{i}:Thaw:Pin"] = (101 + (2 * i)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        for (int i = 4; i < 17; i++)
        {
            settings[$"Hardware:Thermocouples:Channels:{i}:Name"] = $"TS{i}";
            settings[$"Hardware:Thermocouples:Channels:{i}:ChipSelectPin"] = (200 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var errors = Errors(settings);
        Assert.Contains(errors, e => e.StartsWith("Hardware:Valves:Probes: between 1 and 8 probes are needed, not 9", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Hardware:Thermocouples:Channels: between 1 and 16 channels are needed, not 17", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("LibGpiodV2", "LibGpiodV2")]
    [InlineData("SysFs", "SysFs")]
    [InlineData("sysfs", "SysFs")]
    public void An_active_low_valve_on_a_driver_that_drives_new_outputs_low_first_is_refused_by_key(string driver, string named)
    {
        var errors = Errors(With(("Hardware:GpioDriver", driver)));

        Assert.Equal(
            [$"Hardware:Valves:Probes:1:Thaw:ActiveLow: an active-low valve would open briefly at start-up with GpioDriver {named} (it drives the pin low before writing the closed level); use LibGpiod, Auto on a Raspberry Pi, or wire the valve active-high."],
            errors);
    }

    [Fact]
    public void Every_active_low_valve_is_named_including_the_shared_ones()
    {
        var errors = Errors(With(
            ("Hardware:GpioDriver", "LibGpiodV2"),
            ("Hardware:Valves:Probes:0:Freeze:ActiveLow", "true"),
            ("Hardware:Valves:ArgonSupply:ActiveLow", "true"),
            ("Hardware:Valves:ThawSupply:ActiveLow", "true"),
            ("Hardware:Valves:Vent:ActiveLow", "true")));

        Assert.Equal(
            [
                "Hardware:Valves:Probes:0:Freeze:ActiveLow", "Hardware:Valves:Probes:1:Thaw:ActiveLow",
                "Hardware:Valves:ArgonSupply:ActiveLow", "Hardware:Valves:ThawSupply:ActiveLow", "Hardware:Valves:Vent:ActiveLow",
            ],
            errors.Select(e => e[..e.IndexOf(": ", StringComparison.Ordinal)]));
    }

    [Theory]
    [InlineData("Auto")]
    [InlineData("LibGpiod")]
    [InlineData("libgpiod")]
    public void An_active_low_valve_is_accepted_on_a_driver_that_sets_the_level_with_the_mode_or_is_checked_at_run_time(string driver)
    {
        Assert.Empty(Errors(With(("Hardware:GpioDriver", driver))));
    }

    [Theory]
    [InlineData("LibGpiodV2")]
    [InlineData("SysFs")]
    public void Active_high_valves_are_accepted_on_every_driver(string driver)
    {
        Assert.Empty(Errors(With(("Hardware:GpioDriver", driver), ("Hardware:Valves:Probes:1:Thaw:ActiveLow", "false"))));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("Magic")]
    public void A_name_that_is_not_a_driver_is_reported_once_without_a_polarity_error(string driver)
    {
        var error = Assert.Single(Errors(With(("Hardware:GpioDriver", driver))));
        Assert.StartsWith($"Hardware:GpioDriver: '{driver}' is not a GPIO driver", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hardware:Valves:Vent:Pinn", "Hardware:Valves:Vent:Pinn")]
    [InlineData("Hardware:Valves:Probes:1:Freez:Pin", "Hardware:Valves:Probes:1:Freez")]
    [InlineData("Hardware:Thermocouples:Channels:2:ChipSelectPn", "Hardware:Thermocouples:Channels:2:ChipSelectPn")]
    [InlineData("Hardware:Modee", "Hardware:Modee")]
    public void A_misspelt_key_is_refused_with_its_full_path(string key, string reported)
    {
        var settings = With((key, "4"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var problems = SettingsShape.Problems(configuration.GetSection(HardwareOptions.SectionName), typeof(HardwareOptions));

        string problem = Assert.Single(problems);
        Assert.StartsWith($"{reported}: not a setting of the console (misspelt?); known here: ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_key_of_a_complete_configuration_is_known()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(ValidPhysical()).Build();

        Assert.Empty(SettingsShape.Problems(configuration.GetSection(HardwareOptions.SectionName), typeof(HardwareOptions)));
    }
}
