using System.Security.Claims;
using CryoWeb.Controller.Commands;
using Microsoft.AspNetCore.Http;

namespace CryoWeb.WebUI.Accounts;

/// <summary>Turns a signed-in principal into the <see cref="Caller"/> the command layer authorises and audits.</summary>
public static class ConsoleCaller
{
    /// <summary>The caller, or null when the principal is anonymous or has no console role.</summary>
    public static Caller? From(ClaimsPrincipal? user, string? clientAddress)
    {
        if (user?.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name })
        {
            return null;
        }

        string? role = user.FindFirst(ClaimTypes.Role)?.Value;
        return Enum.TryParse(role, ignoreCase: false, out ConsoleRole parsed) && Enum.IsDefined(parsed)
            ? new Caller(name, parsed, clientAddress ?? "unknown")
            : null;
    }

    public static Caller? From(HttpContext? context) =>
        From(context?.User, context?.Connection.RemoteIpAddress?.ToString());
}
