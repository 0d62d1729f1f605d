using CryoWeb.Hardware.Simulation;
using CryoWeb.Hardware.Valves;
using CryoWeb.Thermal.Layout;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CryoWeb.Hardware.Tests.Configuration;

public class HardwareStartupTests
{
    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddCryoWebHardware(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public async Task With_no_hardware_configured_the_simulator_is_used_and_starts_with_valves_closed()
    {
        using var host = Build([]);
        await host.StartAsync();
        var plant = host.Services.GetRequiredService<PlantHardware>();

        Assert.StartsWith("Simulated plant", plant.Description, StringComparison.Ordinal);
        Assert.Same(host.Services.GetRequiredService<SimulatedPlant>().Layout, SimulationLayout.Default);
        Assert.False(plant.Valves.IsOpen(ValveId.FreezeOf(0)));
        Assert.Equal(SimulationLayout.Default.Probes.Count + SimulationLayout.Default.Sensors.Count, plant.Thermocouples.ChannelCount);
        await host.StopAsync();
    }

    [Fact]
    public async Task An_invalid_pin_map_stops_start_up_naming_the_key()
    {
        using var host = Build(new()
        {
            ["Hardware:Mode"] = "Physical",
            ["Hardware:Valves:Probes:0:Freeze:Pin"] = "5",
            ["Hardware:Valves:Probes:0:Thaw:Pin"] = "5",
        });

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(e.Failures, f => f.StartsWith("Hardware:Valves:Probes:0:Thaw:Pin: GPIO 5 is already used by Hardware:Valves:Probes:0:Freeze:Pin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_simulation_layout_file_stops_start_up_naming_the_key()
    {
        using var host = Build(new() { ["Hardware:SimulationLayoutFile"] = "/nonexistent/layout.json" });

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(e.Failures, f => f.StartsWith("Hardware:SimulationLayoutFile: file '/nonexistent/layout.json' does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_layout_file_with_a_bad_field_stops_start_up_naming_the_key_and_the_field()
    {
        string path = Path.Combine(Path.GetTempPath(), $"cryoweb-layout-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """{ "probes": [ { "name": "P1", "diameterMm": 40 } ] }""");
        try
        {
            using var host = Build(new() { ["Hardware:SimulationLayoutFile"] = path });

            var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
            Assert.Contains(e.Failures, f => f.StartsWith($"Hardware:SimulationLayoutFile: {path}: Probes[0].DiameterMm must be between 0.5 and 6 mm, not 40.", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
