using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Iceball;
using CryoWeb.WebUI.Accounts;

namespace CryoWeb.WebUI.Api.Iceball;

/// <summary>
/// The live iceball estimate (everyone who may watch), a procedure's layout (Operators set it; the estimate uses it at
/// once), and a procedure's plan and last estimate (reviewers).
/// </summary>
public static class IceballEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/iceball", (IceballEstimator estimator) =>
        {
            var status = estimator.Status;
            return ApiResults.Json(new IceballStatusResponse(status.State, status.Message, status.ProcedureId, status.Estimate, estimator.BusySeconds));
        })
            .RequireAuthorization(ConsolePolicies.Watch)
            .WithTags("Iceball")
            .WithSummary("The live iceball estimate: state, isotherm sizes and target coverage, contours in two planes, agreement with the thermal sensors.")
            .Produces<IceballStatusResponse>()
            .WithName("getIceball");

        api.MapPut("/procedures/{id:guid}/iceball/layout", async (Guid id, HttpContext http, IceballRecords records) =>
        {
            var (layout, problem) = await LayoutBody.ReadAsync(http.Request).ConfigureAwait(false);
            if (problem is not null)
            {
                return problem;
            }

            var outcome = await records.SaveLayoutAsync(ApiCaller.Of(http), id, layout!).ConfigureAwait(false);
            return outcome.Accepted || !IsLayoutProblem(outcome) ? ApiResults.Outcome(outcome) : ApiResults.Invalid(outcome.Reason!);
        })
            .RequireAuthorization(ConsolePolicies.Operate)
            .WithTags("Iceball")
            .WithSummary("Place the probes, thermal sensors and target of the running procedure (mm from the target centre; probes along +z). The estimate restarts and replays the procedure.")
            .Accepts<IceballLayout>("application/json")
            .Produces<CommandOutcome>()
            .WithName("setIceballLayout").CommandAnswers().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/procedures/{id:guid}/iceball", async (Guid id, IceballRecords records) =>
            ApiResults.Json(new IceballRecordResponse(await records.GetPlanAsync(id).ConfigureAwait(false), await records.GetEstimateAsync(id).ConfigureAwait(false))))
            .RequireAuthorization(ConsolePolicies.Review)
            .WithTags("Iceball")
            .WithSummary("A procedure's saved plan and its last recorded live estimate (null where none was saved).")
            .Produces<IceballRecordResponse>()
            .WithName("getProcedureIceball");
    }

    /// <summary>Bad layout fields are the caller's input (400); everything else is the console refusing (409).</summary>
    private static bool IsLayoutProblem(CommandOutcome outcome) =>
        outcome.Reason is { } reason && (reason.StartsWith("probes", StringComparison.Ordinal) || reason.StartsWith("sensors", StringComparison.Ordinal)
            || reason.StartsWith("target", StringComparison.Ordinal) || reason.StartsWith("layout", StringComparison.Ordinal));
}
