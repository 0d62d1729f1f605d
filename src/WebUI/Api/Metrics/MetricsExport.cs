using CryoWeb.Configuration;
using System.Diagnostics.Metrics;
using CryoWeb.Controller.ControlThread;
using OpenTelemetry.Metrics;

namespace CryoWeb.WebUI.Api.Metrics;

/// <summary>
/// /metrics through OpenTelemetry's Prometheus exporter: the controller's meter and the console's (<see cref="ConsoleMetrics"/>),
/// the .NET runtime's (System.Runtime: GC, heap, thread pool, JIT...) and the process's (CPU time, memory, threads), named
/// the Prometheus way in base units (seconds, bytes; counters end in _total). Read at scrape time (no response cache).
/// Who may scrape: <see cref="MetricsAccess"/>.
/// </summary>
public static class MetricsExport
{
    public const string Path = "/metrics";

    public static IServiceCollection AddCryoWebMetrics(this IServiceCollection services)
    {
        services.AddSingleton<ConsoleMetrics>();
        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(ControlLoopMetrics.MeterName, ConsoleMetrics.MeterName)
                .AddRuntimeInstrumentation()
                .AddProcessInstrumentation()
                .AddPrometheusExporter(options =>
                {
                    options.ScrapeResponseCacheDurationMilliseconds = 0;
                    options.ScopeInfoEnabled = false;
                    options.TargetInfoEnabled = false;
                });

            // Meters are found by name process-wide; a test process runs several consoles, each with its own meter
            // factory. Each console exports only the CryoWeb meters its own factory made.
            ((IDeferredMeterProviderBuilder)metrics).Configure((provider, builder) =>
            {
                var own = provider.GetRequiredService<IMeterFactory>();
                builder.AddView(instrument =>
                    IsCryoWeb(instrument.Meter) && !ReferenceEquals(instrument.Meter.Scope, own) ? MetricStreamConfiguration.Drop
                    : Renamed.TryGetValue(instrument.Name, out string? name) ? new MetricStreamConfiguration { Name = name }
                    : null);
            });
        });
        services.AddOptions<MetricsAccessOptions>().BindSettings(MetricsAccessOptions.SectionName);
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<MetricsAccessOptions>, MetricsAccessValidation>();
        services.AddSingleton<MetricsAccess>();
        return services;
    }

    /// <summary>Loopback, the configured networks, or the scrape token; no sign-in cookie needed or taken.</summary>
    public static IEndpointConventionBuilder MapCryoWebMetrics(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: branch => branch.Use(RefuseStrangersAsync), optionsName: null)
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    /// <summary>
    /// Runtime and process gauges whose semantic-convention names end in ".count": Prometheus keeps the _count suffix
    /// for histograms and summaries (promtool refuses it on a gauge), so they are exported under a plural instead.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Renamed { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["dotnet.assembly.count"] = "dotnet.assemblies.loaded",
        ["dotnet.process.cpu.count"] = "dotnet.process.cpus",
        ["dotnet.thread_pool.thread.count"] = "dotnet.thread_pool.threads",
        ["dotnet.timer.count"] = "dotnet.timers",
        ["process.thread.count"] = "process.threads",
        ["process.unix.file_descriptor.count"] = "process.unix.file_descriptors",
    };

    private static bool IsCryoWeb(Meter meter) => meter.Name is ControlLoopMetrics.MeterName or ConsoleMetrics.MeterName;

    private static Task RefuseStrangersAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.RequestServices.GetRequiredService<MetricsAccess>().Allows(context))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"metrics\"";
            return Task.CompletedTask;
        }

        // The console's instruments are made at the first scrape, not while the host is built: they read the store and
        // the controller, which must not be built before start-up has checked the database (ConsoleStorageStartupTests).
        // The exporter's listener sees them at once, so the first scrape has every series.
        context.RequestServices.GetRequiredService<ConsoleMetrics>();
        context.Response.Headers.CacheControl = "no-store";
        return next(context);
    }
}
