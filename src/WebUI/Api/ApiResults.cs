using CryoWeb.Controller.Outcomes;

namespace CryoWeb.WebUI.Api;

/// <summary>
/// The one place where outcomes become HTTP: accepted -> 200 with the outcome, refused by the controller -> 409 with its
/// reason, bad input -> 400 problem details whose errors name the field, wrong content type -> 415.
/// </summary>
public static class ApiResults
{
    public static IResult Json<T>(T value) => TypedResults.Json(value, ApiJson.Options);

    /// <summary>
    /// The one mapping of a command's outcome: accepted -> 200 with the outcome; refused -> 409 problem details with the
    /// reason; invalid -> 400 naming the field, or 404 when the field is <paramref name="notFoundField"/> (an id in the
    /// route that names nothing shown).
    /// </summary>
    public static IResult Outcome(CommandOutcome outcome, string? notFoundField = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Kind switch
        {
            CommandOutcomeKind.Accepted => Json(outcome),
            CommandOutcomeKind.Invalid when outcome.Field == notFoundField => NotFound(outcome.Reason ?? outcome.Field!),
            CommandOutcomeKind.Invalid => Invalid(outcome.Field!, outcome.Reason ?? outcome.Field!),
            _ => TypedResults.Problem(outcome.Reason, statusCode: StatusCodes.Status409Conflict, title: "Refused by the console"),
        };
    }

    /// <summary>400 naming <paramref name="field"/>; <paramref name="message"/> is the whole sentence ("probe: 9 is not...").</summary>
    public static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, message, title: "The request is not valid");

    /// <summary>400 from a domain reason of the form "field: what is wrong" (as <c>ProcedureSetup.Problem</c> words them).</summary>
    public static IResult Invalid(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        int colon = reason.IndexOf(':', StringComparison.Ordinal);
        return Invalid(colon > 0 ? reason[..colon] : "body", reason);
    }

    /// <summary>
    /// 400 for programs and people: the errors keep the machine form ("sensors[0].limitCelsius" with the whole reason),
    /// the detail a person reads is <paramref name="words"/> ("Sensor 1 (TS3 urethra): limit: ...").
    /// </summary>
    public static IResult InvalidInWords(string reason, string words)
    {
        ArgumentNullException.ThrowIfNull(reason);
        int colon = reason.IndexOf(':', StringComparison.Ordinal);
        return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [colon > 0 ? reason[..colon] : "body"] = [reason] }, words, title: "The request is not valid");
    }

    public static IResult UnsupportedMediaType() =>
        TypedResults.Problem("Commands need Content-Type: application/json (also when there is no body).", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");

    public static IResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Conflict(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Refused by the console");

    public static IResult NoConsoleRole() =>
        TypedResults.Problem("The signed-in user has no console role.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
}
