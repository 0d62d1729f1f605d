using CryoWeb.Controller.ControlThread;
using CryoWeb.Configuration;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Frames;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Naming;
using CryoWeb.Hardware;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CryoWeb.Controller;

/// <summary>The control loop: the "Controller" settings, the control core, its thread, its metrics and the watchdog.</summary>
public static class ControlLoopServiceCollectionExtensions
{
    /// <summary>Needs the plant (AddCryoWebPlant) and the procedure names (AddCryoWebProcedures) when resolved.</summary>
    public static IServiceCollection AddCryoWebControlLoop(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<ControllerOptions>(configuration, ControllerOptions.SectionName);
        services.AddSingleton<IValidateOptions<ControllerOptions>, ControllerOptionsValidator>();
        services.AddSingleton(sp =>
        {
            var core = new ControlCore(sp.GetRequiredService<PlantHardware>(), sp.GetRequiredService<IOptions<ControllerOptions>>().Value)
            {
                Naming = sp.GetRequiredService<ProcedureNaming>(),
            };
            var logger = sp.GetRequiredService<ILogger<ControlCore>>();
            core.ValveFaulted = fault => ValveFaultLog.Faulted(logger, fault.Message, fault);
            return core;
        });
        // What the services around the core see of it: the frames it publishes and the queue its commands go to.
        services.AddSingleton<IFrameSource>(sp => sp.GetRequiredService<ControlCore>());
        services.AddSingleton<ICommandChannel>(sp => sp.GetRequiredService<ControlCore>());
        services.AddSingleton(sp => new ControlLoopMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.AddSingleton<ControlLoop>();
        services.AddHostedService(sp => sp.GetRequiredService<ControlLoop>());
        services.AddSingleton<IControlLoopStatus>(sp => sp.GetRequiredService<ControlLoop>());
        services.AddSingleton(sp => new ControlWatchdog(
            sp.GetRequiredService<ControlCore>(),
            () => sp.GetRequiredService<ControlLoop>().LastTickTimestamp,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ControlWatchdog>>()));
        services.AddHostedService(sp => sp.GetRequiredService<ControlWatchdog>());
        return services;
    }
}
