using CryoWeb.WebUI.Api.Diagnostics;
using CryoWeb.WebUI.Api.Health;
using CryoWeb.WebUI.Api.Iceball;
using CryoWeb.WebUI.Api.Limits;
using CryoWeb.WebUI.Api.Metrics;
using CryoWeb.WebUI.Api.Simulator;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CryoWeb.WebUI.Api;

/// <summary>REST under /api (commands and status), the OpenAPI document, /healthz and /metrics.</summary>
public static class ApiSetup
{
    public const string OpenApiPath = "/api/openapi.json";

    public static IServiceCollection AddCryoWebApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddCryoWebRequestLimits();
        services.AddOpenApi(options => options.AddDocumentTransformer<ApiDocumentTransformer>());
        services.AddSingleton<HardwareHealthCheck>();
        services.AddHealthChecks()
            .AddCheck<ControlLoopHealthCheck>("control-loop")
            .AddCheck<StorageHealthCheck>("storage")
            .AddCheck<HardwareHealthCheck>("hardware");
        services.AddSingleton<ConsoleMetrics>();
        return services;
    }

    public static WebApplication MapCryoWebApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api").AddEndpointFilter<CommandRequestFilter>();
        StatusEndpoints.Map(api);
        ProbeEndpoints.Map(api);
        SafetyEndpoints.Map(api);
        AlarmEndpoints.Map(api);
        ProcedureCommandEndpoints.Map(api);
        PresetEndpoints.Map(api);
        SimulatorEndpoints.Map(api);
        DiagnosticsEndpoints.Map(api);
        IceballEndpoints.Map(api);

        app.MapOpenApi(OpenApiPath).AllowAnonymous();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync }).AllowAnonymous();
        app.MapGet("/metrics", (ConsoleMetrics metrics) => Results.Text(metrics.Scrape(), PrometheusText.ContentType))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
