using System.Security.Claims;
using CryoWeb.Controller.Commands;

namespace CryoWeb.WebUI.Accounts;

/// <summary>Where each role starts: the live console for those who may watch it, the review list for Reviewers.</summary>
public static class RoleLanding
{
    public const string Live = "/";
    public const string ReviewList = "/review";

    /// <summary>The page a user of <paramref name="role"/> may open first.</summary>
    public static string For(ConsoleRole role) => ConsolePolicies.RolesFor(ConsolePolicies.Watch).Contains(role) ? Live : ReviewList;

    /// <summary>
    /// For a request to the home page refused for its role: the user's own landing page (a Reviewer signing in lands
    /// on the review list, not on a refusal). Null for any other page, which gets the page that says why.
    /// </summary>
    public static string? ForHome(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path == Live && Role(context.User) is { } role && For(role) != Live ? For(role) : null;
    }

    /// <summary>The principal's console role, if it has one.</summary>
    public static ConsoleRole? Role(ClaimsPrincipal? user) =>
        Enum.TryParse(user?.FindFirst(ClaimTypes.Role)?.Value, ignoreCase: false, out ConsoleRole role) && Enum.IsDefined(role) ? role : null;
}
