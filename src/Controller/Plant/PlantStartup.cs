using CryoWeb.Hardware;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CryoWeb.Controller.Plant;

/// <summary>
/// Builds the <see cref="PlantHardware"/> as the host starts, not at the first request: valves are driven closed and
/// the amplifiers checked before the console answers. A device that cannot be set up stops start-up with a
/// <see cref="PlantStartupException"/> that says what failed, whoever asks for the plant first (this service, or the
/// host building the control loop's service before any service starts: <see cref="Guard"/>); the container disposes
/// the plant (valves closed) on shutdown.
/// </summary>
internal sealed partial class PlantStartup(IServiceProvider services, ILogger<PlantStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var plant = services.GetRequiredService<PlantHardware>();
        LogReady(logger, plant.Description);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The plant from <paramref name="build"/> (the hardware's own registration), a device's failure turned into a
    /// <see cref="PlantStartupException"/>; invalid settings stay an <see cref="OptionsValidationException"/>, which the
    /// host reports as the configuration's fault.
    /// </summary>
    internal static PlantHardware Guard(Func<IServiceProvider, object> build, IServiceProvider services)
    {
        try
        {
            return (PlantHardware)build(services);
        }
        catch (Exception e) when (e is not OptionsValidationException)
        {
            throw new PlantStartupException($"The plant hardware could not be started: {e.Message}", e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plant ready: {Description}; every valve closed")]
    private static partial void LogReady(ILogger logger, string description);
}
