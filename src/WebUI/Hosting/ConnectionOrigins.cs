using CryoWeb.Configuration;
using Microsoft.Extensions.Options;

namespace CryoWeb.WebUI.Hosting;

/// <summary>
/// Only the console's own pages may open its live connections or send it commands. SameSite cookies do not stop a
/// page of the same site (another port of the console's host, another hospital application under the same domain):
/// its browser sends the Operator's cookie with a WebSocket to /hubs/telemetry or /_blazor. Browsers always send
/// <c>Origin</c> on WebSocket handshakes and on cross-origin requests, so every WebSocket handshake, every request to
/// a hub or to Blazor's circuit endpoint, and every request that can change something (POST, PUT, PATCH, DELETE) whose
/// <c>Origin</c> is not the console's own is refused with 403 before authentication or routing. A request without
/// <c>Origin</c> comes from a program (a script with its token, curl, the tests), not from a page in a browser: it
/// carries no ambient sign-in and goes on to the usual checks.
/// </summary>
public static class ConnectionOrigins
{
    public const string SectionName = "ConnectionOrigins";

    /// <summary>
    /// Call right after the security headers, before authentication. Reads <see cref="ConnectionOriginOptions"/>
    /// (validated at start-up: a malformed origin stops the console naming it).
    /// </summary>
    public static IApplicationBuilder UseCryoWebConnectionOrigins(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ApplicationServices.GetRequiredService<IOptions<ConnectionOriginOptions>>().Value;
        var allowed = options.Origins();
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectionOrigins).FullName!);
        return app.Use((context, next) =>
        {
            if (!NeedsOwnOrigin(context.Request, context.WebSockets.IsWebSocketRequest)
                || context.Request.Headers.Origin is not { Count: > 0 } origin
                || IsOwn(origin.ToString(), context.Request, allowed))
            {
                return next(context);
            }

            ConnectionOriginLog.Refused(log, origin.ToString(), context.Request.Method, context.Request.Path, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        });
    }

    public static IServiceCollection AddCryoWebConnectionOrigins(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<ConnectionOriginOptions>(configuration, SectionName)
            .Validate(o => o.Problem() is null, "ConnectionOrigins:Allowed: each entry must be an origin such as https://console.example (scheme, host and port only).")
            .ValidateOnStart();
        return services;
    }

    /// <summary>WebSocket handshakes, the hubs, Blazor's circuit endpoint, and every method that can change something.</summary>
    public static bool NeedsOwnOrigin(HttpRequest request, bool isWebSocket)
    {
        ArgumentNullException.ThrowIfNull(request);
        return isWebSocket
            || request.Path.StartsWithSegments("/hubs")
            || request.Path.StartsWithSegments("/_blazor")
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
    }

    /// <summary>
    /// True when <paramref name="origin"/> is the origin the request was addressed to (scheme, host and port of the
    /// request itself: the console's own page) or one of <paramref name="allowed"/> (a reverse proxy or another name of
    /// the console). "null" and anything that is not an http(s) origin are foreign.
    /// </summary>
    public static bool IsOwn(string origin, HttpRequest request, IReadOnlyCollection<Uri> allowed)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(allowed);
        if (!ConnectionOriginOptions.TryParseOrigin(origin, out var presented))
        {
            return false;
        }

        if (request.Host.HasValue && ConnectionOriginOptions.TryParseOrigin($"{request.Scheme}://{request.Host.Value}", out var own) && SameOrigin(presented, own))
        {
            return true;
        }

        return allowed.Any(a => SameOrigin(presented, a));
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;
}
