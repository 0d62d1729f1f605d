namespace CryoWeb.WebUI.Api;

/// <summary>
/// The answers every command under /api can give besides its own (declared for the OpenAPI document): 400 problem
/// details naming the field when the body cannot be read or is not valid, and 415 without Content-Type:
/// application/json (both from <see cref="CommandRequestFilter"/>). 401 and 403 come from
/// <see cref="AuthorizationAnswersTransformer"/>.
/// </summary>
public static class ApiAnswers
{
    public static RouteHandlerBuilder CommandAnswers(this RouteHandlerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ProducesValidationProblem().ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    /// <summary>POST /api/signin and /api/token: 400 naming the missing field, 401 refused, 413 body too large, 429 throttled.</summary>
    public static RouteHandlerBuilder SignInAnswers(this RouteHandlerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }
}
