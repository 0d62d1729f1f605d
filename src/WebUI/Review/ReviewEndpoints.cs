using System.Globalization;
using CryoWeb.Controller.Iceball;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Accounts;
using CryoWeb.WebUI.Api;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// GET /api/procedures (list, filters as query parameters), /api/procedures/{id} (detail), /{id}/curves,
/// /{id}/samples.csv, /{id}/record.json and /{id}/iceball/plan, all under the Review policy. A malformed value gets 400 naming the
/// parameter; an unknown id gets 404; both as problem details.
/// </summary>
public static class ReviewEndpoints
{
    public const int DefaultPoints = ProcedureCatalog.DefaultCurvePoints;
    public const int MinPoints = 10;
    public const int MaxPoints = 20000;

    public static void Map(WebApplication app)
    {
        var group = app.MapGroup("/api/procedures").RequireAuthorization(ConsolePolicies.Review).WithTags("Review");

        // Records may carry patient references: no cache along the way keeps a copy. A client that stops reading is dropped.
        group.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            ReviewSetup.GuardAgainstStalls(context.HttpContext);
            return await next(context).ConfigureAwait(false);
        });
        var exports = group.MapGroup(string.Empty).RequireRateLimiting(ReviewSetup.ExportsPolicy);
        var reads = group.MapGroup(string.Empty).RequireRateLimiting(ReviewSetup.ReadsPolicy);
        reads.MapGet("", async (string? state, string? from, string? to, string? q, ProcedureCatalog catalog, CancellationToken ct) =>
            ProcedureFilter.Parse(state, from, to, q, out var problem) is { } filter
                ? Results.Json(await catalog.ListAsync(filter, ct).ConfigureAwait(false), ReviewJson.Options)
                : problem!.ToResult())
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithName("listProcedures").WithSummary("Recorded procedures, newest first; filters: state, from and to (dates), q (label or organ).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests);

        reads.MapGet("/{id}", (string id, ProcedureCatalog catalog, CancellationToken ct) =>
            WithRecord(id, catalog, async record => Results.Json(await catalog.DetailAsync(record, ct).ConfigureAwait(false), ReviewJson.Options)))
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithName("getProcedure").WithSummary("One recorded procedure: set-up, times, events, alarms and the clinical summary.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);

        reads.MapGet("/{id}/curves", (string id, string? fromMs, string? toMs, string? points, ProcedureCatalog catalog, CancellationToken ct) =>
            WithRecord(id, catalog, async record =>
            {
                if (!TryMs(fromMs, out var from))
                {
                    return new ReviewProblem("fromMs", $"'{fromMs}' is not a time in Unix milliseconds.").ToResult();
                }

                if (!TryMs(toMs, out var to))
                {
                    return new ReviewProblem("toMs", $"'{toMs}' is not a time in Unix milliseconds.").ToResult();
                }

                if (from is not null && to is not null && to <= from)
                {
                    return new ReviewProblem("toMs", "must be after fromMs.").ToResult();
                }

                int count = DefaultPoints;
                if (points is not null && (!int.TryParse(points, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < MinPoints or > MaxPoints))
                {
                    return new ReviewProblem("points", $"'{points}' is not a whole number from {MinPoints} to {MaxPoints}.").ToResult();
                }

                return Results.Json(await catalog.CurvesAsync(record, from, to, count, ct).ConfigureAwait(false), ReviewJson.Options);
            }))
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithName("getProcedureCurves").WithSummary("A procedure's temperature curves between fromMs and toMs (unix ms), reduced to at most points per channel.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);

        exports.MapGet("/{id}/samples.csv", (string id, ProcedureCatalog catalog, CancellationToken ct) =>
            WithRecord(id, catalog, record => Task.FromResult(Results.Stream(
                stream => SamplesCsv.WriteAsync(stream, record, catalog.SamplesAsync(record, ct), ct),
                "text/csv; charset=utf-8",
                FileName(record, "csv")))))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithName("exportProcedureSamples").WithSummary("Every recorded sample of a procedure as CSV (a download).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);

        exports.MapGet("/{id}/record.json", (string id, ProcedureCatalog catalog, CancellationToken ct) =>
            WithRecord(id, catalog, async record =>
            {
                var (events, alarms) = await catalog.LogsAsync(record.Id).ConfigureAwait(false);
                return Results.Stream(
                    stream => RecordJson.WriteAsync(stream, record, events, alarms, catalog.SamplesAsync(record, ct), ct),
                    "application/json; charset=utf-8",
                    FileName(record, "json"));
            }))
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithName("exportProcedureRecord").WithSummary("A procedure's whole record as JSON: set-up, events, alarms and samples (a download).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);

        // The plan saved from the plan page (layout, protocol, predicted isotherms), as the API writes JSON.
        reads.MapGet("/{id}/iceball/plan", (string id, ProcedureCatalog catalog, IceballRecords records) =>
            WithRecord(id, catalog, async record => await records.GetPlanAsync(record.Id).ConfigureAwait(false) is { } plan
                ? ApiResults.Json(plan)
                : ApiResults.NotFound($"id: procedure {record.Id} has no saved plan.")))
            .Produces<IceballPlan>()
            .WithName("getProcedureIceballPlan").WithSummary("The iceball plan saved for a procedure (404 without one).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    /// <summary>"cryoweb-2026-03-02-0912-{id}.csv": sortable, and free of the label (a patient reference may be in it).</summary>
    public static string FileName(ProcedureRecord record, string extension)
    {
        ArgumentNullException.ThrowIfNull(record);
        return string.Create(CultureInfo.InvariantCulture, $"cryoweb-{(record.StartedAt ?? record.CreatedAt).UtcDateTime:yyyy-MM-dd-HHmm}-{record.Id:N}.{extension}");
    }

    private static async Task<IResult> WithRecord(string id, ProcedureCatalog catalog, Func<ProcedureRecord, Task<IResult>> answer)
    {
        if (!Guid.TryParse(id, out var procedureId))
        {
            return new ReviewProblem("id", $"'{id}' is not a procedure id.").ToResult();
        }

        return await catalog.FindAsync(procedureId).ConfigureAwait(false) is { } record
            ? await answer(record).ConfigureAwait(false)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Procedure not found", detail: $"id: no procedure {procedureId} is recorded.");
    }

    private static bool TryMs(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long ms)
            && ms >= DateTimeOffset.UnixEpoch.ToUnixTimeMilliseconds() && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            value = DateTimeOffset.FromUnixTimeMilliseconds(ms);
            return true;
        }

        return false;
    }
}
