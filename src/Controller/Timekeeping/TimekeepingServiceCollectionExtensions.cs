using CryoWeb.Controller.ReadModel;
using CryoWeb.Controller.Timekeeping;
using CryoWeb.Controller.Procedures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller;

/// <summary>Makes the <see cref="SteadyClock"/> the process's TimeProvider. Call before AddCryoWebController (whose hardware registration adds the system clock only if none is registered).</summary>
public static class TimekeepingServiceCollectionExtensions
{
    public static IServiceCollection AddCryoWebSteadyClock(this IServiceCollection services)
    {
        services.TryAddSingleton(new SteadyClock(TimeProvider.System));
        services.TryAddSingleton<TimeProvider>(sp => sp.GetRequiredService<SteadyClock>());
        services.AddHostedService(sp => new ClockFollower(
            sp.GetRequiredService<SteadyClock>(),
            () => ClockFollower.HoldReason(sp.GetRequiredService<ProcedureService>().Running, sp.GetRequiredService<ConsoleReadModel>().Latest),
            sp.GetRequiredService<ILogger<ClockFollower>>()));
        return services;
    }
}
