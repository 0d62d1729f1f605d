using System.Security.Claims;
using CryoWeb.Controller.Commands;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// Turns a signed-in principal into the <see cref="Caller"/> the command layer authorises and audits. The caller carries
/// the principal's live <see cref="CallerSession"/>, so a command sent after the session ended (the user disabled or
/// demoted while a page stayed open) is refused when it runs.
/// </summary>
public static class ConsoleCaller
{
    /// <summary>The caller, or null when the principal is anonymous, has no console role or no open session.</summary>
    public static Caller? From(ClaimsPrincipal? user, string? clientAddress, SessionRegistry sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        if (user?.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name } || sessions.Open(user) is not { } session)
        {
            return null;
        }

        string? role = user.FindFirst(ClaimTypes.Role)?.Value;
        return Enum.TryParse(role, ignoreCase: false, out ConsoleRole parsed) && Enum.IsDefined(parsed)
            ? new Caller(name, parsed, clientAddress ?? "unknown", session)
            : null;
    }

    public static Caller? From(HttpContext? context) =>
        context is null ? null : From(context.User, context.Connection.RemoteIpAddress?.ToString(), context.RequestServices.GetRequiredService<SessionRegistry>());
}
