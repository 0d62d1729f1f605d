using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// Runs after every authentication (cookie or bearer token): a principal whose server-side session is no longer open
/// (signed out, idle too long, user disabled or changed) becomes anonymous, so it gets 401 or the sign-in page.
/// An open session counts the request as activity.
/// </summary>
public sealed class SessionCheck(SessionRegistry sessions) : IClaimsTransformation
{
    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return Task.FromResult(principal);
        }

        if (!sessions.IsOpen(principal))
        {
            return Task.FromResult(new ClaimsPrincipal(new ClaimsIdentity()));
        }

        sessions.Touch(principal);
        return Task.FromResult(principal);
    }
}
