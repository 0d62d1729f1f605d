using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Contract;
using CryoWeb.WebUI.Accounts;
using CryoWeb.Controller.Presets;

namespace CryoWeb.WebUI.Api;

/// <summary>Probe and protocol commands (Operators): manual mode, protocol start and its pause, resume, skip, extend, abort.</summary>
public static class ProbeEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var operate = api.MapGroup(string.Empty).RequireAuthorization(ConsolePolicies.Operate).WithTags("Probes");

        operate.MapPost("/probes/{probe:int}/mode", async (int probe, JsonBody<ProbeModeRequest> body, HttpContext http, ConsoleCommandService commands) =>
        {
            var request = body.Value;
            // The probe is the command service's to check (invalid, naming the field); the body's shape is checked here.
            if (request.Problem() is string problem)
            {
                return ApiResults.Invalid(problem);
            }

            return ApiResults.Outcome(await commands.SetProbeMode(ApiCaller.Of(http), probe, request.Mode!.Value, request.PowerPercent ?? 100).ConfigureAwait(false));
        })
            .WithSummary("Set one probe's mode: Off, Freeze (powerPercent 10-100), Stick, PassiveThaw, ActiveThaw.")
            .Accepts<ProbeModeRequest>("application/json")
            .Produces<CommandOutcome>()
            .WithName("setProbeMode").CommandAnswers().ProducesProblem(StatusCodes.Status409Conflict);

        operate.MapPost("/probes/{probe:int}/protocol/extend", async (int probe, JsonBody<ExtendStepRequest> body, HttpContext http, ConsoleCommandService commands) =>
        {
            if (body.Value.Problem() is string problem)
            {
                return ApiResults.Invalid(problem);
            }

            var extendBy = TimeSpan.FromSeconds(body.Value.ExtendSeconds!.Value);
            return ApiResults.Outcome(await commands.ProtocolAction(ApiCaller.Of(http), probe, ProtocolAction.ExtendStep, extendBy).ConfigureAwait(false));
        })
            .WithSummary("Extend the current protocol step of one probe by extendSeconds (30 minutes in all at most).")
            .Accepts<ExtendStepRequest>("application/json")
            .Produces<CommandOutcome>()
            .WithName("extendProtocolStep").CommandAnswers().ProducesProblem(StatusCodes.Status409Conflict);

        operate.MapPost("/probes/{probe:int}/protocol/{action}", async (int probe, string action, HttpContext http, ConsoleCommandService commands) =>
        {
            if (ActionNamed(action) is not ProtocolAction parsed)
            {
                return ApiResults.Invalid("action", $"action: '{action}' is not one of pause, resume, skip, extend, abort.");
            }

            return ApiResults.Outcome(await commands.ProtocolAction(ApiCaller.Of(http), probe, parsed).ConfigureAwait(false));
        })
            .WithSummary("Pause, resume, skip the step of, or abort the protocol of one probe (no body).")
            .Produces<CommandOutcome>()
            .WithName("runProtocolAction").CommandAnswers().ProducesProblem(StatusCodes.Status409Conflict);

        operate.MapPost("/protocols/start", async (JsonBody<StartProtocolRequest> body, HttpContext http, ConsoleCommandService commands, ConsoleDescription console, ProtocolLibrary library) =>
        {
            var request = body.Value;
            if (request.Problem(console.ProbeCount) is string problem)
            {
                return ApiResults.Invalid(problem);
            }

            var protocol = request.Protocol;
            if (protocol is null)
            {
                var presets = await library.GetAsync().ConfigureAwait(false);
                protocol = presets.FirstOrDefault(p => string.Equals(p.Name, request.Preset, StringComparison.OrdinalIgnoreCase));
                if (protocol is null)
                {
                    return ApiResults.Invalid("preset", $"preset: '{request.Preset}' is not a preset; the presets are {string.Join(", ", presets.Select(p => $"'{p.Name}'"))}.");
                }
            }

            return ApiResults.Outcome(await commands.StartProtocol(ApiCaller.Of(http), protocol, request.Probes ?? []).ConfigureAwait(false));
        })
            .WithSummary("Start a protocol (a preset by name, or a whole protocol) on the listed probes (none listed = every probe); all start or none.")
            .Accepts<StartProtocolRequest>("application/json")
            .Produces<CommandOutcome>()
            .WithName("startProtocol").CommandAnswers().ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>The route word for a protocol action (extend has its own route, with a body).</summary>
    private static ProtocolAction? ActionNamed(string action) => action.ToUpperInvariant() switch
    {
        "PAUSE" => ProtocolAction.Pause,
        "RESUME" => ProtocolAction.Resume,
        "SKIP" => ProtocolAction.SkipStep,
        "ABORT" => ProtocolAction.Abort,
        _ => null,
    };
}
