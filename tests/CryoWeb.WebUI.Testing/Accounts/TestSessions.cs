using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using CryoWeb.WebUI.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.WebUI.Tests.Accounts;

/// <summary>
/// Component tests sign their user in as the console does: with an open server-side session whose id the principal
/// carries, so commands from the rendered pages reach the command layer with a live session (and a test can end it).
/// </summary>
internal static class TestSessions
{
    /// <summary>Signs <paramref name="user"/> in with <paramref name="role"/> and a session of <paramref name="sessions"/> (registered in the context).</summary>
    public static ClaimsPrincipal SignIn(BunitContext context, BunitAuthorizationContext authorization, SessionRegistry sessions, string user, string role)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorization);
        ArgumentNullException.ThrowIfNull(sessions);
        context.Services.AddSingleton(sessions);
        string id = sessions.Start(user);
        authorization.SetAuthorized(user);
        authorization.SetRoles(role);
        authorization.SetClaims(new Claim(ConsolePrincipal.SessionClaim, id));
        return Principal(user, role, id);
    }

    /// <summary>A fresh registry on <paramref name="time"/> with the default session length.</summary>
    public static SessionRegistry Registry(TimeProvider time) => new(time, new AccountOptions());

    /// <summary>The principal the console would hold for that session (to end it through <see cref="SessionRegistry.End"/>).</summary>
    public static ClaimsPrincipal Principal(string user, string role, string sessionId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, user), new Claim(ClaimTypes.Role, role), new Claim(ConsolePrincipal.SessionClaim, sessionId)], "test"));
}
