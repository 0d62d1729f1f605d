using CryoWeb.Configuration;
using Microsoft.Extensions.Options;

namespace CryoWeb.WebUI.Clock;

/// <summary>Registers the console's time zone, validated at start-up.</summary>
public static class ClockSetup
{
    public static IServiceCollection AddCryoWebConsoleTimeZone(this IServiceCollection services)
    {
        services.AddOptions<ConsoleTimeZoneOptions>().BindSettings(ConsoleTimeZoneOptions.SectionName);
        services.AddSingleton<IValidateOptions<ConsoleTimeZoneOptions>, ConsoleTimeZoneValidation>();
        services.AddSingleton(sp => new ConsoleTimeZone(sp.GetRequiredService<IOptions<ConsoleTimeZoneOptions>>().Value.TimeZone));
        return services;
    }
}
