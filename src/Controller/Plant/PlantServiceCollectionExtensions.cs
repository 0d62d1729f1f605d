using CryoWeb.Controller.Plant;
using CryoWeb.Hardware;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.Controller;

/// <summary>The plant the controller drives: the "Hardware" settings, the real or simulated devices, built at start-up.</summary>
public static class PlantServiceCollectionExtensions
{
    /// <summary>
    /// Registers the plant (AddCryoWebHardware: real or simulated from the "Hardware" section, validated at start-up)
    /// and builds it as the host starts, before the simulator's clock and the control loop: valves are driven closed
    /// and the amplifiers checked before the console answers, and a device that fails stops start-up with a
    /// <see cref="PlantStartupException"/>.
    /// </summary>
    public static IServiceCollection AddCryoWebPlant(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddHostedService<PlantStartup>();
        services.AddCryoWebHardware(configuration);

        // The host builds every hosted service before it starts the first, the control loop's among them (which needs
        // the plant): so the failure is turned into a PlantStartupException where the plant is built, not only in
        // PlantStartup.
        var plant = services.Last(d => d.ServiceType == typeof(PlantHardware));
        var build = plant.ImplementationFactory ?? throw new InvalidOperationException("The hardware registers its plant through a factory.");
        services.Remove(plant);
        services.AddSingleton(sp => PlantStartup.Guard(build, sp));
        return services;
    }
}
