using CryoWeb.Hardware.Configuration;
using CryoWeb.Hardware.Simulation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CryoWeb.Hardware;

/// <summary>Registers the plant (real or simulated) from the "Hardware" configuration section.</summary>
public static class HardwareServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="HardwareOptions"/> at start-up (unknown keys are errors too) and registers
    /// <see cref="PlantHardware"/>. In Simulator mode it also registers the <see cref="SimulatedPlant"/> and the
    /// <see cref="SimulationClock"/> that runs it in real time.
    /// </summary>
    public static IServiceCollection AddCryoWebHardware(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<HardwareOptions>()
            .Bind(configuration.GetSection(HardwareOptions.SectionName), binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<HardwareOptions>, HardwareOptionsValidator>();
        services.AddSingleton(sp => PlantHardwareFactory.Create(sp.GetRequiredService<IOptions<HardwareOptions>>().Value, sp));
        bool physical = string.Equals(configuration[$"{HardwareOptions.SectionName}:{nameof(HardwareOptions.Mode)}"], nameof(PlantMode.Physical), StringComparison.OrdinalIgnoreCase);
        if (!physical)
        {
            services.AddSingleton(sp => PlantHardwareFactory.CreateSimulatedPlant(
                sp.GetRequiredService<IOptions<HardwareOptions>>().Value,
                sp.GetRequiredService<TimeProvider>()));
            services.AddHostedService<SimulationClock>();
        }

        return services;
    }
}
