using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Protocols;
using CryoWeb.WebUI.Accounts;
using CryoWeb.Controller.Presets;

namespace CryoWeb.WebUI.Api;

/// <summary>The protocol presets: read by everyone who watches, replaced as a whole by Admins.</summary>
public static class PresetEndpoints
{
    public const int MaxPresets = 30;

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/protocol-presets", async (ProtocolLibrary library) => ApiResults.Json(await library.GetAsync().ConfigureAwait(false)))
            .RequireAuthorization(ConsolePolicies.Watch)
            .WithTags("Protocol presets")
            .WithSummary("The protocol presets offered to the operator (steps with mode, duration hh:mm:ss, powerPercent).")
            .Produces<IReadOnlyList<ProtocolDefinition>>()
            .WithName("getProtocolPresets");

        api.MapPut("/protocol-presets", async (JsonBody<List<ProtocolDefinition>> body, HttpContext http, ProtocolLibrary library) =>
            Problem(body.Value) is string problem
                ? ApiResults.Invalid(problem)
                : ApiResults.Outcome(await library.SaveAsync(ApiCaller.Of(http), body.Value).ConfigureAwait(false)))
            .RequireAuthorization(ConsolePolicies.Administer)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Limits.RequestBodyLimits.PresetsBytes))
            .WithTags("Protocol presets")
            .WithSummary("Replace the whole list of protocol presets (1 to 30, unique names); all or nothing, audited. Admins.")
            .Accepts<List<ProtocolDefinition>>("application/json")
            .Produces<CommandOutcome>()
            .WithName("replaceProtocolPresets").CommandAnswers().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    /// <summary>Null when the list can be saved, else "presets[i].field: what is wrong" (the library checks again).</summary>
    private static string? Problem(List<ProtocolDefinition> presets)
    {
        if (presets.Count is 0 or > MaxPresets)
        {
            return $"presets: give 1 to {MaxPresets} protocols, not {presets.Count}.";
        }

        for (int i = 0; i < presets.Count; i++)
        {
            string? problem = presets[i] is null ? "a protocol is needed, not null." : presets[i].Problem();
            if (problem is null && presets.Take(i).Any(p => string.Equals(p.Name, presets[i].Name, StringComparison.OrdinalIgnoreCase)))
            {
                problem = $"name: '{presets[i].Name}' is used twice.";
            }

            if (problem is not null)
            {
                return problem.Contains(':', StringComparison.Ordinal) ? $"presets[{i}].{problem}" : $"presets[{i}]: {problem}";
            }
        }

        return null;
    }
}
