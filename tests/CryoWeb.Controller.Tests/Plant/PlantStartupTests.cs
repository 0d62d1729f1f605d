using CryoWeb.Controller.Plant;
using CryoWeb.Hardware;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Hardware.Valves;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CryoWeb.Controller.Tests.Plant;

/// <summary>The controller builds its plant as the host starts (AddCryoWebPlant), and says why when it cannot.</summary>
public sealed class PlantStartupTests
{
    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddCryoWebPlant(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public void Whoever_asks_for_the_plant_first_gets_the_start_up_failure_not_the_device_exception()
    {
        // The host builds the control loop's service (which needs the plant) before PlantStartup runs.
        using var host = Build(new()
        {
            ["Hardware:Mode"] = "Physical",
            ["Hardware:GpioDriver"] = "LibGpiod",
            ["Hardware:GpioChip"] = "99",
            ["Hardware:Valves:Probes:0:Freeze:Pin"] = "5",
            ["Hardware:Valves:Probes:0:Thaw:Pin"] = "6",
            ["Hardware:Valves:ArgonSupply:Pin"] = "20",
            ["Hardware:Valves:ThawSupply:Pin"] = "21",
            ["Hardware:Valves:Vent:Pin"] = "26",
            ["Hardware:HeartbeatPin"] = "16",
            ["Hardware:Thermocouples:Channels:0:Name"] = "Probe 1 tip",
            ["Hardware:Thermocouples:Channels:0:TipOfProbe"] = "1",
            ["Hardware:Thermocouples:Channels:0:ChipSelectLine"] = "0",
        });

        var e = Assert.Throws<PlantStartupException>(() => host.Services.GetRequiredService<PlantHardware>());
        Assert.StartsWith("The plant hardware could not be started: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Real_hardware_is_built_at_start_up_and_a_missing_device_stops_it_with_its_message()
    {
        // Valid options for a console whose GPIO chip does not exist on this machine: nothing asks for the plant,
        // yet StartAsync must build it, fail, and say why (not wait for the first page request).
        using var host = Build(new()
        {
            ["Hardware:Mode"] = "Physical",
            ["Hardware:GpioDriver"] = "LibGpiod",
            ["Hardware:GpioChip"] = "99",
            ["Hardware:Valves:Probes:0:Freeze:Pin"] = "5",
            ["Hardware:Valves:Probes:0:Thaw:Pin"] = "6",
            ["Hardware:Valves:ArgonSupply:Pin"] = "20",
            ["Hardware:Valves:ThawSupply:Pin"] = "21",
            ["Hardware:Valves:Vent:Pin"] = "26",
            ["Hardware:HeartbeatPin"] = "16",
            ["Hardware:Thermocouples:Channels:0:Name"] = "Probe 1 tip",
            ["Hardware:Thermocouples:Channels:0:TipOfProbe"] = "1",
            ["Hardware:Thermocouples:Channels:0:ChipSelectLine"] = "0",
        });

        var e = await Assert.ThrowsAsync<PlantStartupException>(() => host.StartAsync());
        Assert.StartsWith("The plant hardware could not be started: ", e.Message, StringComparison.Ordinal);
        Assert.NotNull(e.InnerException);
    }

    [Fact]
    public async Task The_plant_is_built_before_the_simulator_clock_runs_it_and_starts_with_valves_closed()
    {
        using var host = Build([]);
        var hosted = host.Services.GetServices<IHostedService>().ToList();

        Assert.InRange(hosted.FindIndex(s => s is PlantStartup), 0, hosted.FindIndex(s => s is SimulationClock) - 1);
        await host.StartAsync();
        var plant = host.Services.GetRequiredService<PlantHardware>();
        Assert.StartsWith("Simulated plant", plant.Description, StringComparison.Ordinal);
        Assert.False(plant.Valves.IsOpen(ValveId.FreezeOf(0)));
        await host.StopAsync();
    }
}
