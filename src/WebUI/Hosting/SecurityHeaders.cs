using Microsoft.Extensions.Primitives;

namespace CryoWeb.WebUI.Hosting;

/// <summary>
/// The browser-side hardening every answer carries (pages, API, static files, 401/404s): only the console's own
/// scripts run (no inline or eval'd script, so an injected script tag or handler is inert), it cannot be framed
/// (click-jacking a freeze button), and it asks for no camera, microphone or location.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The policy without connect-src, which names the request's own host for SignalR/Blazor WebSockets. Styles are
    /// 'self' only: uPlot and Blazor set styles through the CSSOM (element.style, adopted sheets), which CSP allows.
    /// </summary>
    public const string ContentSecurityPolicyWithoutConnect =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=()";

    /// <summary>
    /// Call first in the pipeline. The headers are set as the answer starts, whichever later middleware wrote it, and
    /// replace any earlier value: Blazor's interactive pages add their own CSP <c>frame-ancestors 'self'</c>, which
    /// this stricter policy supersedes.
    /// </summary>
    public static IApplicationBuilder UseCryoWebSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state => Apply((HttpContext)state), context);
            return next(context);
        });

    private static Task Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicyFor(context.Request.Host);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        // same-origin, not no-referrer: under no-referrer browsers send "Origin: null" with the console's own form posts, which
        // the origin check (ConnectionOrigins) must refuse; other sites still get no referrer at all.
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return Task.CompletedTask;
    }

    /// <summary>
    /// connect-src: 'self' plus ws:/wss: to the same host and port (older engines do not let 'self' cover WebSockets).
    /// Kestrel has already refused a malformed Host; a host that is not plain host[:port] gets 'self' alone.
    /// </summary>
    public static StringValues ContentSecurityPolicyFor(HostString host)
    {
        string connect = host.HasValue && IsPlainHost(host.Value)
            ? $"connect-src 'self' ws://{host.Value} wss://{host.Value}"
            : "connect-src 'self'";
        return $"{ContentSecurityPolicyWithoutConnect}; {connect}";
    }

    private static bool IsPlainHost(string host) =>
        host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':' or '[' or ']');
}
