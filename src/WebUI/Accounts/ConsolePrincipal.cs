using System.Security.Claims;
using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Accounts;

/// <summary>The claims a signed-in user carries, whichever scheme (cookie or bearer token) holds them.</summary>
public static class ConsolePrincipal
{
    /// <summary>Claim naming the server-side session (see <see cref="SessionRegistry"/>).</summary>
    public const string SessionClaim = "cryoweb:session";

    public static ClaimsPrincipal For(UserRecord user, string sessionId, string scheme)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.UserName), new Claim(ClaimTypes.Role, user.Role), new Claim(SessionClaim, sessionId)],
            scheme));
    }
}
