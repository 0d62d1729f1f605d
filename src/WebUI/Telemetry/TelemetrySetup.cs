namespace CryoWeb.WebUI.Telemetry;

/// <summary>The SignalR telemetry hub at /hubs/telemetry. (Foundation stub; the telemetry work fills it in.)</summary>
public static class TelemetrySetup
{
    public static IServiceCollection AddCryoWebTelemetry(this IServiceCollection services) => services;

    public static WebApplication MapCryoWebTelemetry(this WebApplication app) => app;
}
