using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// A bearer token whose session has ended still authenticates (the token itself is valid) before
/// <see cref="SessionCheck"/> turns its principal anonymous, so the framework answered 403 "not allowed" where the
/// script must be told 401 "sign in again" (as a cookie is). A refusal of a principal that is not signed in becomes a
/// challenge; everything else is handled as usual.
/// </summary>
public sealed class EndedSessionChallenge : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _usual = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        return authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated != true
            ? _usual.HandleAsync(next, context, policy, PolicyAuthorizationResult.Challenge())
            : _usual.HandleAsync(next, context, policy, authorizeResult);
    }
}
