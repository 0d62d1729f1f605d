using Microsoft.AspNetCore.Authentication.Cookies;

namespace CryoWeb.WebUI.Accounts;

/// <summary>Sign-in, users and roles. (Foundation: cookie scheme and policies; the accounts work fills in the rest.)</summary>
public static class AccountsSetup
{
    public static IServiceCollection AddCryoWebAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/signin";
                options.AccessDeniedPath = "/denied";

                // Scripts, the hub and the API get status codes, not the sign-in page.
                options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorization(ConsolePolicies.AddTo);
        services.AddCascadingAuthenticationState();
        return services;
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsMachinePath(context.Request.Path))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
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
