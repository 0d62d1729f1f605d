using CryoWeb.WebUI.Api.Diagnostics;
using CryoWeb.WebUI.Api.Health;
using CryoWeb.WebUI.Api.Iceball;
using CryoWeb.WebUI.Api.Limits;
using CryoWeb.WebUI.Api.Metrics;
using CryoWeb.WebUI.Api.Simulator;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CryoWeb.WebUI.Api;

/// <summary>REST under /api (commands and status), the OpenAPI document (signed in), /healthz (details for loopback and watchers) and /metrics (loopback, allowed networks or scrape token).</summary>
public static class ApiSetup
{
    public const string OpenApiPath = "/api/openapi.json";

    public static IServiceCollection AddCryoWebApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddCryoWebRequestLimits();
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<ApiDocumentTransformer>();
            options.AddOperationTransformer<AuthorizationAnswersTransformer>();
            options.AddSchemaTransformer<EnumSchemaTransformer>();
            options.AddSchemaTransformer<RequiredPropertiesTransformer>();
        });

        // The OpenAPI generator describes bodies with these options; the API reads numbers as numbers only (ApiJson),
        // so the document must not offer "12" for a number. No endpoint serialises with them (ApiResults uses ApiJson).
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = ApiJson.Options.NumberHandling);
        services.AddSingleton<HardwareHealthCheck>();
        services.AddHealthChecks()
            .AddCheck<ControlLoopHealthCheck>("control-loop")
            .AddCheck<StorageHealthCheck>("storage")
            .AddCheck<HardwareHealthCheck>("hardware");
        services.AddCryoWebMetrics();
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

        // The document holds no patient or procedure data, but it maps every command (the simulator's fault injection
        // included) for whoever asks; nobody needs it without an account, so it takes the fallback policy: signed in.
        app.MapOpenApi(OpenApiPath);

        // Anyone gets the status; details only for loopback and signed-in watchers (HealthResponseWriter).
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync }).AllowAnonymous();

        // Loopback, the configured networks, or the scrape token (MetricsAccess); no sign-in cookie needed or taken.
        app.MapCryoWebMetrics();
        return app;
    }
}
