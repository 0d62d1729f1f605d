using CryoWeb.Controller.Planning;
using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Contract;
using CryoWeb.Hardware.Simulation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CryoWeb.Controller;

/// <summary>Registers what planning needs of the console (<see cref="PlanConsole"/>). Call after AddCryoWebPlant and AddConsoleContract.</summary>
public static class PlanningServiceCollectionExtensions
{
    public static IServiceCollection AddCryoWebPlanning(this IServiceCollection services) =>
        services.AddSingleton(sp => new PlanConsole(
            sp.GetRequiredService<ConsoleDescription>(),
            sp.GetService<SimulatedPlant>()?.Layout,
            sp.GetRequiredService<IOptions<ControllerOptions>>().Value));
}
