using CryoWeb.Configuration;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;

namespace CryoWeb.WebUI.Accounts;

/// <summary>Sign-in (cookie for people, bearer token for scripts), users, sessions, roles and the first-Admin set-up link.</summary>
public static class AccountsSetup
{
    /// <summary>The sign-in cookie (also declared in the OpenAPI document).</summary>
    public const string CookieName = "cryoweb.session";

    public static IServiceCollection AddCryoWebAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Read while the host is built (the cookie and token lifetimes need it): a bad setting stops the build itself.
        var options = configuration.ReadSettings<AccountOptions>(AccountOptions.SectionName, o => o.Problem());

        services.AddSingleton(options);
        DatabaseLockHolder.AddFirst(services);
        services.AddSingleton(sp => new UserDirectory(
            sp.GetRequiredService<ProcedureStore>(), sp.GetRequiredService<IAuditSink>(), sp.GetRequiredService<TimeProvider>(), options, sp.GetRequiredService<ILogger<UserDirectory>>()));
        services.AddSingleton(sp => new SessionRegistry(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<UserDirectory>()));
        services.AddHostedService<SessionExpiryWatch>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SetupLink>();
        services.AddHostedService<SetupLinkAnnouncer>();
        services.AddSingleton<IClaimsTransformation, SessionCheck>();
        // One scheme decides per request: a request with an Authorization header is a script with its bearer token
        // (401/403 as it expects), anything else a browser with the cookie (sent to the sign-in page). With both schemes
        // challenged, the bearer's bare 401 overrode the cookie's redirect and a signed-out browser got an empty page.
        services.AddAuthentication(ConsolePolicies.Scheme)
            .AddPolicyScheme(ConsolePolicies.Scheme, "Sign-in cookie or bearer token", policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 ? BearerTokenDefaults.AuthenticationScheme : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = "/signin";
                cookie.AccessDeniedPath = "/denied";
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = options.Session;
                cookie.SlidingExpiration = true;

                // Scripts, the hub and the API get status codes, not the sign-in page.
                cookie.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden, RoleLanding.ForHome(context.HttpContext));

                // A cookie whose session ended (sign-out, idle, user disabled or changed) no longer signs anyone in.
                cookie.Events.OnValidatePrincipal = async context =>
                {
                    if (!context.HttpContext.RequestServices.GetRequiredService<SessionRegistry>().IsOpen(context.Principal))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
                    }
                };
            })
            .AddBearerToken(bearer => bearer.BearerTokenExpiration = options.Session);

        // Interactive pages re-check the session; registered before AddRazorComponents so it is the one used.
        services.AddScoped<AuthenticationStateProvider, SessionRevalidator>();
        services.AddAuthorization(ConsolePolicies.AddTo);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, EndedSessionChallenge>();
        services.AddCascadingAuthenticationState();
        return services;
    }

    /// <param name="landing">Where a signed-in user whose role does not open the console's home page goes instead.</param>
    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status, string? landing = null)
    {
        if (IsMachinePath(context.Request.Path))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(landing ?? context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    /// <summary>Paths used by programs rather than people: they get 401/403 instead of a redirect.</summary>
    public static bool IsMachinePath(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/metrics") || path.StartsWithSegments("/healthz");

    public static WebApplication MapCryoWebAccounts(this WebApplication app)
    {
        SignInEndpoint.Map(app);
        return app;
    }
}
