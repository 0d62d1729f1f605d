using CryoWeb.Hardware;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CryoWeb.Controller.Plant;

/// <summary>
/// Builds the <see cref="PlantHardware"/> as the host starts, not at the first request: valves are driven closed and
/// the amplifiers checked before the console answers. A device that cannot be set up stops start-up with a
/// <see cref="PlantStartupException"/> that says what failed; the container disposes the plant (valves closed) on shutdown.
/// </summary>
internal sealed partial class PlantStartup(IServiceProvider services, ILogger<PlantStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        PlantHardware plant;
        try
        {
            plant = services.GetRequiredService<PlantHardware>();
        }
        catch (Exception e) when (e is not OptionsValidationException)
        {
            throw new PlantStartupException($"The plant hardware could not be started: {e.Message}", e);
        }

        LogReady(logger, plant.Description);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Plant ready: {Description}; every valve closed")]
    private static partial void LogReady(ILogger logger, string description);
}
