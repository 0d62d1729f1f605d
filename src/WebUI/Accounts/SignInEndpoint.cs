using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using CryoWeb.WebUI.Api;
using CryoWeb.WebUI.Api.Limits;
using Microsoft.AspNetCore.Mvc;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// POST /api/signin (cookie, for tests and scripts that act like a browser), POST /api/token (bearer token for
/// scripts) and POST /signout. Both sign-ins go through <see cref="UserDirectory.SignInAsync"/>: same checks, same
/// lockout, one answer that never tells whether the user name exists.
/// </summary>
public static class SignInEndpoint
{
    public static void Map(WebApplication app)
    {
        // Anonymous: a small body limit (checked before reading), read with the API's strict JSON options.
        app.MapPost("/api/signin", (JsonBody<SignInRequest> body, HttpContext context, SignInThrottle throttle, UserDirectory directory, SessionRegistry sessions) =>
            SignIn(body, context, throttle, directory, sessions, CookieAuthenticationDefaults.AuthenticationScheme))
            .AllowAnonymous().Accepts<SignInRequest>("application/json").WithMetadata(new RequestSizeLimitAttribute(RequestBodyLimits.SignInBytes))
            .WithName("signIn").WithTags("Accounts").WithSummary("Sign in with user name and password; answers 204 with the sign-in cookie.").Produces(StatusCodes.Status204NoContent).SignInAnswers();
        app.MapPost("/api/token", (JsonBody<SignInRequest> body, HttpContext context, SignInThrottle throttle, UserDirectory directory, SessionRegistry sessions) =>
            SignIn(body, context, throttle, directory, sessions, BearerTokenDefaults.AuthenticationScheme))
            .AllowAnonymous().Accepts<SignInRequest>("application/json").WithMetadata(new RequestSizeLimitAttribute(RequestBodyLimits.SignInBytes))
            .WithName("getToken").WithTags("Accounts").WithSummary("Sign in with user name and password; answers with a bearer token for scripts.").Produces<AccessTokenResponse>().SignInAnswers();

        // A form post (with its antiforgery token, checked because the form is bound). Ordered before the
        // confirmation page that answers GET /signout.
        app.MapPost("/signout", async ([FromForm] string? returnUrl, HttpContext context, SessionRegistry sessions) =>
        {
            sessions.End(context.User);
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
            return Results.LocalRedirect("/signin");
        }).AllowAnonymous().WithOrder(-1).ExcludeFromDescription(); // the pages' form post, not part of the API
    }

    private static async Task<IResult> SignIn(JsonBody<SignInRequest> body, HttpContext context, SignInThrottle throttle, UserDirectory directory, SessionRegistry sessions, string scheme)
    {
        if (body.Problem is { } unreadable)
        {
            return unreadable;
        }

        var request = body.Value;
        if (string.IsNullOrWhiteSpace(request?.UserName) || string.IsNullOrEmpty(request.Password))
        {
            string field = string.IsNullOrWhiteSpace(request?.UserName) ? "userName" : "password";
            return Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [$"{field}: required."] });
        }

        string address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var (throttled, user) = await throttle.RunAsync(address, request.UserName, () => directory.SignInAsync(request.UserName, request.Password, address)).ConfigureAwait(false);
        if (throttled)
        {
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many sign-in attempts", detail: SignInThrottle.TooMany);
        }

        if (user is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in refused", detail: UserDirectory.SignInRefused);
        }

        var principal = ConsolePrincipal.For(user, sessions.Start(user.UserName), scheme);
        return scheme == CookieAuthenticationDefaults.AuthenticationScheme
            ? await CookieSignIn(context, principal).ConfigureAwait(false)
            : Results.SignIn(principal, authenticationScheme: scheme);
    }

    private static async Task<IResult> CookieSignIn(HttpContext context, System.Security.Claims.ClaimsPrincipal principal)
    {
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal).ConfigureAwait(false);
        return Results.NoContent();
    }
}
