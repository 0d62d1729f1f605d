using CryoWeb.Configuration;
using CryoWeb.Hardware.Configuration;
using Microsoft.Extensions.Configuration;

namespace CryoWeb.WebUI.Tests.Operations;

/// <summary>deploy/cryoweb.json, the settings the installer puts in /etc/cryoweb: loadable with its comments, valid for the
/// console's own validators, and clear of the Pi's bus pins.</summary>
public sealed class DeployConfigurationTests
{
    /// <summary>I2C0 (ID EEPROM), I2C1, SPI0 and the serial console's GPIOs on a Raspberry Pi.</summary>
    private static readonly int[] BusGpios = [0, 1, 2, 3, 7, 8, 9, 10, 11, 14, 15];

    private static string FilePath => Path.Combine(RepositoryRoot.Path, "deploy", "cryoweb.json");

    private static IConfigurationRoot Load() => new ConfigurationBuilder().AddJsonFile(FilePath, optional: false).Build();

    private static HardwareOptions Bind(IConfiguration configuration)
    {
        var options = new HardwareOptions();
        configuration.GetSection(HardwareOptions.SectionName).Bind(options);
        return options;
    }

    [Fact]
    public void The_file_has_comments_and_the_configuration_loader_accepts_them()
    {
        Assert.Contains("// ", File.ReadAllText(FilePath), StringComparison.Ordinal);
        Assert.Equal("Physical", Load()["Hardware:Mode"]);
    }

    [Fact]
    public void It_passes_the_consoles_hardware_validators()
    {
        var configuration = Load();
        var options = Bind(configuration);

        var result = new HardwareOptionsValidator().Validate(null, options);
        var unknown = SettingsShape.Problems(configuration.GetSection(HardwareOptions.SectionName), typeof(HardwareOptions));

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Empty(unknown);
    }

    [Fact]
    public void It_describes_the_default_console_of_two_probes_and_three_thermal_sensors()
    {
        var options = Bind(Load());

        Assert.Equal(PlantMode.Physical, options.Mode);
        Assert.Equal(2, options.Valves.Probes.Count);
        Assert.Equal([1, 2], options.Thermocouples.Channels.Where(c => c.TipOfProbe is not null).Select(c => c.TipOfProbe!.Value));
        Assert.Equal(3, options.Thermocouples.Channels.Count(c => c.TipOfProbe is null));
        Assert.Equal("T", options.Thermocouples.Type);
    }

    [Fact]
    public void No_gpio_it_drives_is_a_bus_line_every_amplifier_has_a_gpio_chip_select_and_valves_are_active_high()
    {
        var options = Bind(Load());
        var valves = options.Valves;
        var gpios = valves.Probes.SelectMany(p => new[] { p.Freeze.Pin, p.Thaw.Pin })
            .Concat([valves.ArgonSupply.Pin, valves.ThawSupply.Pin, valves.Vent.Pin, options.HeartbeatPin])
            .Concat(options.Thermocouples.Channels.Select(c => c.ChipSelectPin))
            .ToList();

        Assert.All(gpios, pin => Assert.True(pin is >= 0 and <= 27, $"GPIO {pin} is not on the 40-pin header."));
        Assert.DoesNotContain(gpios, pin => BusGpios.Contains(pin!.Value));

        // Max31856/README.md: a GPIO chip select must not share the bus with a native one wired to an amplifier.
        Assert.All(options.Thermocouples.Channels, c => Assert.Null(c.ChipSelectLine));
        var allValves = valves.Probes.SelectMany(p => new[] { p.Freeze, p.Thaw }).Concat([valves.ArgonSupply, valves.ThawSupply, valves.Vent]);
        Assert.All(allValves, v => Assert.False(v.ActiveLow));
    }
}
