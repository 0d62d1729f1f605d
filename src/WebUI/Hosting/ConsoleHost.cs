using CryoWeb.Controller;
using CryoWeb.WebUI.Accounts;
using CryoWeb.WebUI.Api;
using CryoWeb.WebUI.Api.Limits;
using CryoWeb.WebUI.Clock;
using CryoWeb.WebUI.Components;
using CryoWeb.WebUI.Https;
using CryoWeb.WebUI.Logging;
using CryoWeb.WebUI.Live;
using CryoWeb.WebUI.Review;
using CryoWeb.WebUI.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting.Systemd;

namespace CryoWeb.WebUI.Hosting;

/// <summary>Builds the console's web host: the one used by Program and by the integration tests on a real Kestrel.</summary>
public static class ConsoleHost
{
    /// <summary>Where a console started without any address configured listens (the README's <c>dotnet run</c>).</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <param name="configureServices">Tests replace services here (e.g. a fake TimeProvider) before the host is built.</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        // Content (appsettings, wwwroot) lives beside the binaries, wherever the command was typed from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory, ApplicationName = typeof(ConsoleHost).Assembly.GetName().Name });
        SiteSettings.Add(builder.Configuration, Environment.GetEnvironmentVariable);
        // The address when none is configured (--urls, URLS, ASPNETCORE_URLS or Kestrel:Endpoints): only this machine, on
        // 5080. Not in appsettings.json, where it would override the unit's ASPNETCORE_URLS (JSON is read after it).
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]) && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.AddCryoWebLogging(Environment.GetEnvironmentVariable);
        builder.AddCryoWebHttps(Environment.GetEnvironmentVariable);
        builder.Services.AddCryoWebAllowedHosts(builder.Configuration);
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddCryoWebSteadyClock();
        builder.Services.AddCryoWebController(builder.Configuration);
        builder.Services.AddSystemd();
        // AddSystemd's own check fails under ProtectProc=invisible (see SystemdDetection): register the lifetime that
        // sends READY=1 / STOPPING=1 when systemd says through SYSTEMD_EXEC_PID that this is the service's process.
        if (!SystemdHelpers.IsSystemdService() && SystemdDetection.IsMainProcessOfService(Environment.GetEnvironmentVariable, Environment.ProcessId))
        {
            builder.Services.AddSingleton<IHostLifetime, SystemdLifetime>();
        }

        // AddSystemd registers the notifier only under systemd; outside it the notifier is simply disabled (no NOTIFY_SOCKET).
        builder.Services.TryAddSingleton<ISystemdNotifier, SystemdNotifier>();
        builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<SystemdWatchdogPinger>(sp, Environment.GetEnvironmentVariable("WATCHDOG_USEC") ?? string.Empty));
        builder.Services.AddCryoWebConnectionOrigins(builder.Configuration);
        builder.Services.AddCryoWebAccounts(builder.Configuration);
        builder.Services.AddCryoWebLive();
        builder.Services.AddCryoWebTelemetry();
        builder.Services.AddCryoWebApi();
        builder.Services.AddCryoWebReview();
        builder.Services.AddCryoWebConsoleTimeZone();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddSingleton<CryoWeb.WebUI.Prerendering.PrerenderHandoff>();
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        UsePipeline(app);
        app.MapStaticAssets().AllowAnonymous();
        app.MapCryoWebAccounts();
        app.MapCryoWebTelemetry();
        app.MapCryoWebApi();
        app.MapCryoWebReview();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>
    /// Every middleware of the console, in the order a request meets them (routing runs before them, the endpoints
    /// after). The order is part of the security: a request is turned away by the cheapest check that can refuse it,
    /// before anything reads its body or learns who sent it, and everything that depends on the user comes after
    /// authentication.
    /// </summary>
    private static void UsePipeline(WebApplication app)
    {
        // Plain HTTP is only ever redirected (and HSTS sent): nothing else is answered unencrypted.
        app.UseCryoWebHttps();
        // Headers on every answer, refusals below included.
        app.UseCryoWebSecurityHeaders();
        // Pages of another origin are refused before authentication: their browser would send the operator's cookie.
        app.UseCryoWebConnectionOrigins();
        // Body size limits before anything parses a body.
        app.UseCryoWebRequestLimits();
        // Who calls, then what the endpoint allows them.
        app.UseAuthentication();
        app.UseAuthorization();
        // Form tokens are tied to the signed-in user.
        app.UseAntiforgery();
        // Review reads and exports are limited per signed-in user (or address): after authentication.
        app.UseRateLimiter();
    }
}
