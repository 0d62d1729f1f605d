using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Commands;
using Microsoft.AspNetCore.Authorization;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// Who may do what, by role, for pages, the telemetry hub and the REST API alike. The command layer
/// (<see cref="ConsoleCommandService"/>) checks the role again, so a missed attribute can never drive gas.
/// </summary>
public static class ConsolePolicies
{
    /// <summary>Drive the gas and run procedures: Operators.</summary>
    public const string Operate = "operate";

    /// <summary>See the live console (tiles, chart, alarms): Operators, Supervisors, Admins.</summary>
    public const string Watch = "watch";

    /// <summary>Read and export recorded procedures: Reviewers, Supervisors, Operators, Admins.</summary>
    public const string Review = "review";

    /// <summary>Users, protocol presets, hardware information: Admins.</summary>
    public const string Administer = "administer";

    /// <summary>Role names allowed by each policy.</summary>
    public static IReadOnlyList<ConsoleRole> RolesFor(string policy) => policy switch
    {
        Operate => [ConsoleRole.Operator],
        Watch => [ConsoleRole.Operator, ConsoleRole.Supervisor, ConsoleRole.Admin],
        Review => [ConsoleRole.Reviewer, ConsoleRole.Supervisor, ConsoleRole.Operator, ConsoleRole.Admin],
        Administer => [ConsoleRole.Admin],
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "not a console policy"),
    };

    /// <summary>
    /// The one scheme every policy uses: it forwards to the bearer token (POST /api/token, scripts) when the request has
    /// an Authorization header, else to the sign-in cookie (people), so each gets its own challenge.
    /// </summary>
    public const string Scheme = "cryoweb";

    public static readonly string[] Schemes = [Scheme];

    public static void AddTo(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (string policy in new[] { Operate, Watch, Review, Administer })
        {
            options.AddPolicy(policy, p => p.AddAuthenticationSchemes(Schemes).RequireAuthenticatedUser().RequireRole(RolesFor(policy).Select(r => r.ToString())));
        }

        // Anything not marked otherwise needs a signed-in user; sign-in, set-up link, health and static files opt out.
        options.FallbackPolicy = new AuthorizationPolicyBuilder(Schemes).RequireAuthenticatedUser().Build();
    }
}
