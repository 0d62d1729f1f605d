using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.ControlThread;
using CryoWeb.Controller.Frames;
using CryoWeb.Controller.Iceball;
using CryoWeb.Controller.Planning;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Storage;
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
