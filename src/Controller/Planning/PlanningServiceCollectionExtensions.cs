using CryoWeb.Controller.Planning;
using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Control;
using CryoWeb.Hardware;
using CryoWeb.Hardware.Simulation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CryoWeb.Controller;

/// <summary>Registers what planning needs of the console (<see cref="PlanConsole"/>). Call after AddCryoWebPlant.</summary>
public static class PlanningServiceCollectionExtensions
{
    public static IServiceCollection AddCryoWebPlanning(this IServiceCollection services) =>
        services.AddSingleton(sp => PlanConsole.From(
            sp.GetRequiredService<PlantHardware>(),
            sp.GetService<SimulatedPlant>(),
            sp.GetRequiredService<IOptions<ControllerOptions>>().Value));
}
