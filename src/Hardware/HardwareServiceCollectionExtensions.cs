using CryoWeb.Configuration;
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
    /// Binds and validates <see cref="HardwareOptions"/> at start-up (unknown keys are errors too, see <see cref="SettingsShape"/>) and registers
    /// <see cref="PlantHardware"/>. In Simulator mode it also registers the <see cref="SimulatedPlant"/> and the
    /// <see cref="SimulationClock"/> that runs it in real time.
    /// </summary>
    public static IServiceCollection AddCryoWebHardware(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSettings<HardwareOptions>(configuration, HardwareOptions.SectionName);
        services.AddSingleton<IValidateOptions<HardwareOptions>, HardwareOptionsValidator>();
        // Built on first use; the controller's registration (AddCryoWebController) builds it as the host starts.
        services.AddSingleton(sp => PlantHardwareFactory.Create(sp.GetRequiredService<IOptions<HardwareOptions>>().Value, sp));

        // Parsed as the options binder parses it ("Physical", "physical" or 1), so the two never disagree.
        string? mode = configuration[$"{HardwareOptions.SectionName}:{nameof(HardwareOptions.Mode)}"];
        bool physical = mode is not null && Enum.TryParse<PlantMode>(mode, ignoreCase: true, out var parsed) && parsed == PlantMode.Physical;
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
