using System.Security.Claims;
using CryoWeb.Controller.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// POST /api/signin: checks a user's password and sets the sign-in cookie. (Foundation version: no lockout yet; the
/// accounts work replaces it.)
/// </summary>
public static class SignInEndpoint
{
    public static void Map(WebApplication app)
    {
        app.MapPost("/api/signin", async (SignInRequest request, HttpContext context, ProcedureStore store) =>
        {
            if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["userName"] = ["user name and password are both needed."] });
            }

            var user = await store.GetUserAsync(request.UserName.Trim()).ConfigureAwait(false);
            if (user is not { Enabled: true } || new PasswordHasher<UserRecord>().VerifyHashedPassword(user, user.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
            {
                return Results.Unauthorized();
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.UserName), new Claim(ClaimTypes.Role, user.Role)], CookieAuthenticationDefaults.AuthenticationScheme);
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
            return Results.NoContent();
        }).AllowAnonymous();
    }
}
