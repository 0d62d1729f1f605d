using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Protocols;
using CryoWeb.WebUI.Accounts;
using CryoWeb.Controller.Presets;

namespace CryoWeb.WebUI.Api;

/// <summary>The protocol presets: read by everyone who watches, replaced as a whole by Admins through the command service (which validates).</summary>
public static class PresetEndpoints
{
    public const int MaxPresets = ProtocolLibrary.MaxPresets;

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/protocol-presets", async (ProtocolLibrary library) => ApiResults.Json(await library.GetAsync().ConfigureAwait(false)))
            .RequireAuthorization(ConsolePolicies.Watch)
            .WithTags("Protocol presets")
            .WithSummary("The protocol presets offered to the operator (steps with mode, duration hh:mm:ss, powerPercent).")
            .Produces<IReadOnlyList<ProtocolDefinition>>()
            .WithName("getProtocolPresets");

        api.MapPut("/protocol-presets", async (JsonBody<List<ProtocolDefinition>> body, HttpContext http, ConsoleCommandService commands) =>
            ApiResults.Outcome(await commands.ReplaceProtocolPresets(ApiCaller.Of(http), body.Value).ConfigureAwait(false)))
            .RequireAuthorization(ConsolePolicies.Administer)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Limits.RequestBodyLimits.PresetsBytes))
            .WithTags("Protocol presets")
            .WithSummary("Replace the whole list of protocol presets (1 to 30, unique names); all or nothing, audited. Admins.")
            .Accepts<List<ProtocolDefinition>>("application/json")
            .Produces<CommandOutcome>()
            .WithName("replaceProtocolPresets").CommandAnswers().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }
}
