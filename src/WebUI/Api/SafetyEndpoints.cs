using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Accounts;

namespace CryoWeb.WebUI.Api;

/// <summary>Emergency stop (Operators and Admins, as the command service allows) and its reset (Operators).</summary>
public static class SafetyEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/emergency-stop", (HttpContext http, ConsoleCommandService commands) => ApiResults.Outcome(commands.EmergencyStop(ApiCaller.Of(http))))
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(ConsolePolicies.Schemes).RequireAuthenticatedUser().RequireRole(nameof(ConsoleRole.Operator), nameof(ConsoleRole.Admin)))
            .WithTags("Safety")
            .WithSummary("Emergency stop: every gas valve closed and the vent opened before the answer; latched until reset. Operators and Admins.")
            .Produces<CommandOutcome>()
            .WithName("emergencyStop").CommandAnswers().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/emergency-stop/reset", async (HttpContext http, ConsoleCommandService commands) =>
            ApiResults.Outcome(await commands.ResetEmergencyStop(ApiCaller.Of(http)).ConfigureAwait(false)))
            .RequireAuthorization(ConsolePolicies.Operate)
            .WithTags("Safety")
            .WithSummary("Release the latched emergency stop (probes stay off until commanded). Operators.")
            .Produces<CommandOutcome>()
            .WithName("resetEmergencyStop").CommandAnswers().ProducesProblem(StatusCodes.Status409Conflict);
    }
}
