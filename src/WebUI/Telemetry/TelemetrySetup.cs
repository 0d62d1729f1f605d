using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Frames;
using CryoWeb.Controller.Procedures;
using CryoWeb.WebUI.Accounts;
using CryoWeb.WebUI.Live;
using Microsoft.AspNetCore.SignalR;

namespace CryoWeb.WebUI.Telemetry;

/// <summary>The SignalR telemetry hub at /hubs/telemetry, its broadcaster (a frame subscriber) and the chart history.</summary>
public static class TelemetrySetup
{
    public static IServiceCollection AddCryoWebTelemetry(this IServiceCollection services)
    {
        // Only this hub gets the small limit: Blazor's own circuit hub keeps its defaults.
        services.AddSignalR().AddHubOptions<TelemetryHub>(o =>
        {
            o.MaximumReceiveMessageSize = TelemetryHub.MaximumReceiveBytes;
            o.EnableDetailedErrors = false;
        });
        services.AddSingleton<HubSessionConnections>();
        services.AddSingleton(sp =>
        {
            var console = sp.GetRequiredService<ConsoleDescription>();
            return new TelemetryHistory(console.Channels.Count, TelemetryHistory.FullRateCapacityFor(console.TickPeriod));
        });
        services.AddSingleton(sp =>
        {
            var console = sp.GetRequiredService<ConsoleDescription>();
            return new TelemetryBatcher(console.Channels.Count, console.ProbeCount);
        });
        services.AddSingleton(sp =>
        {
            var procedures = sp.GetRequiredService<ProcedureService>();
            var viewers = sp.GetRequiredService<IHubContext<TelemetryHub>>().Clients.Group(TelemetryHub.ViewersGroup);
            return new TelemetryBroadcaster(
                sp.GetRequiredService<TelemetryBatcher>(),
                sp.GetRequiredService<TelemetryHistory>(),
                () => procedures.Running,
                (batch, token) => viewers.SendAsync(TelemetryHub.BatchMethod, batch, token),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<TelemetryBroadcaster>>());
        });
        services.AddSingleton<IFrameSubscriber>(sp => sp.GetRequiredService<TelemetryBroadcaster>());
        services.AddHostedService(sp => sp.GetRequiredService<TelemetryBroadcaster>());
        services.AddSingleton(sp =>
        {
            var broadcaster = sp.GetRequiredService<TelemetryBroadcaster>();
            var board = sp.GetRequiredService<LiveStatusBoard>();
            var viewers = sp.GetRequiredService<IHubContext<TelemetryHub>>().Clients.Group(TelemetryHub.ViewersGroup);
            return new TelemetryHeartbeatSender(
                () => broadcaster.SinceLastBatch,
                () => board.Current,
                (beat, token) => viewers.SendAsync(TelemetryHub.HeartbeatMethod, beat, token),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<TelemetryHeartbeatSender>>());
        });
        services.AddHostedService(sp => sp.GetRequiredService<TelemetryHeartbeatSender>());
        return services;
    }

    public static WebApplication MapCryoWebTelemetry(this WebApplication app)
    {
        app.MapHub<TelemetryHub>(TelemetryHub.Path).RequireAuthorization(ConsolePolicies.Watch);
        return app;
    }
}
