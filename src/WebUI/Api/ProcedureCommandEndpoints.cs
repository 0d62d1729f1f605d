using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Procedures;
using CryoWeb.WebUI.Accounts;
using CryoWeb.WebUI.Components.Forms;

namespace CryoWeb.WebUI.Api;

/// <summary>
/// The procedure lifecycle commands (Operators): create from a set-up, start, finish. The GET endpoints under
/// /api/procedures (list, detail, exports) belong to the review area.
/// </summary>
public static class ProcedureCommandEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var operate = api.MapGroup("/procedures").RequireAuthorization(ConsolePolicies.Operate).WithTags("Procedures");

        operate.MapPost("/", async (JsonBody<CreateProcedureRequest> body, HttpContext http, ProcedureService procedures, ConsoleDescription console) =>
        {
            var (setup, problem) = body.Value.ToSetup(console);
            if (problem is not null)
            {
                return ApiResults.InvalidInWords(problem, SetupProblemWords.Describe(problem, [.. (body.Value.Sensors ?? []).Select(s => s?.Name)]));
            }

            var (outcome, record) = await procedures.CreateAsync(ApiCaller.Of(http), setup!).ConfigureAwait(false);
            return outcome.Accepted && record is not null
                ? ApiResults.Json(new ProcedureCreated(true, record.Id, record.Label))
                : ApiResults.Outcome(outcome);
        })
            .WithSummary("Create a procedure from its set-up (label, organ, probesInUse, sensors); it waits to be started.")
            .Accepts<CreateProcedureRequest>("application/json")
            .Produces<ProcedureCreated>()
            .WithName("createProcedure").CommandAnswers().ProducesProblem(StatusCodes.Status409Conflict);

        operate.MapPost("/{id:guid}/start", async (Guid id, HttpContext http, ProcedureService procedures) =>
            ApiResults.Outcome(await procedures.StartAsync(ApiCaller.Of(http), id).ConfigureAwait(false)))
            .WithSummary("Start a created procedure: its sensor guards apply and every frame is recorded.")
            .Produces<CommandOutcome>()
            .WithName("startProcedure").CommandAnswers().ProducesProblem(StatusCodes.Status409Conflict);

        operate.MapPost("/{id:guid}/finish", async (Guid id, HttpContext http, ProcedureService procedures) =>
            ApiResults.Outcome(await procedures.FinishAsync(ApiCaller.Of(http), id).ConfigureAwait(false)))
            .WithSummary("Finish the running procedure (refused while a probe still uses gas).")
            .Produces<CommandOutcome>()
            .WithName("finishProcedure").CommandAnswers().ProducesProblem(StatusCodes.Status409Conflict);
    }
}
