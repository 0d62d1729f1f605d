using CryoWeb.Controller.Simulator;
using CryoWeb.Controller.ReadModel;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Frames;
using CryoWeb.Hardware.Simulation;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.Controller;

/// <summary>The contract the web uses: the read model (fed by the frame feed before the web's own subscribers) and its description.</summary>
public static class ContractServiceCollectionExtensions
{
    public static IServiceCollection AddConsoleContract(this IServiceCollection services)
    {
        services.AddSingleton(sp => new ConsoleReadModel(sp.GetRequiredService<ControlCore>(), sp.GetService<AlarmManager>()));
        services.AddSingleton(sp => sp.GetRequiredService<ConsoleReadModel>().Description);
        services.AddSingleton<IFrameSubscriber>(sp => sp.GetRequiredService<ConsoleReadModel>());
        services.AddSingleton<IPlantDiagnostics>(sp => new PlantDiagnostics(sp.GetRequiredService<ControlCore>().Plant));
        services.AddSingleton<IConsoleSimulator>(sp => new ConsoleSimulator(sp.GetService<SimulatedPlant>()));
        return services;
    }
}
