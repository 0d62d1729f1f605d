using CryoWeb.Hardware.Configuration;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Thermal.Layout;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.Hardware;

/// <summary>Builds the plant the configuration asks for.</summary>
public static class PlantHardwareFactory
{
    /// <summary>Physics step of the live simulator: one tenth of a second, so readings change smoothly at the 10 Hz tick.</summary>
    public const double LiveSimulationStepSeconds = 0.1;

    internal static PlantHardware Create(HardwareOptions options, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(options);
        var time = services.GetRequiredService<TimeProvider>();
        return options.Mode == PlantMode.Simulator
            ? services.GetRequiredService<SimulatedPlant>().CreateHardware(time)
            : PhysicalPlantFactory.Create(options, time);
    }

    public static SimulatedPlant CreateSimulatedPlant(HardwareOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var layout = string.IsNullOrWhiteSpace(options.SimulationLayoutFile)
            ? SimulationLayout.Default
            : SimulationLayoutJson.Load(options.SimulationLayoutFile);
        return new SimulatedPlant(layout, time.GetUtcNow(), LiveSimulationStepSeconds);
    }
}
