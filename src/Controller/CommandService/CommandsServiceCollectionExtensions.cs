using CryoWeb.Controller.CommandService;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.Controller;

/// <summary>The role-checked, audited command service every transport (Blazor, REST) calls.</summary>
public static class CommandsServiceCollectionExtensions
{
    public static IServiceCollection AddCryoWebCommands(this IServiceCollection services)
    {
        services.AddSingleton<ConsoleCommandService>();
        return services;
    }
}
