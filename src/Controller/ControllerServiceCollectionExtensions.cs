using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.Controller;

/// <summary>The whole controller, feature by feature, the plant it drives included: the host needs no hardware type.</summary>
public static class ControllerServiceCollectionExtensions
{
    /// <summary>
    /// Each feature binds and checks its own settings at start-up. The order is that of the hosted services' start (the
    /// database gate goes first whatever the order) and of the frame subscribers' service: keep it.
    /// </summary>
    public static IServiceCollection AddCryoWebController(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services
            .AddCryoWebPlant(configuration)
            .AddCryoWebControlLoop(configuration)
            .AddConsoleContract()
            .AddCryoWebStorage(configuration)
            .AddCryoWebProcedures()
            .AddCryoWebAlarms()
            .AddCryoWebIceball()
            .AddCryoWebPlanning()
            .AddCryoWebFrameFeed()
            .AddCryoWebCommands();
    }
}
