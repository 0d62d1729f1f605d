using Microsoft.AspNetCore.Http.Features;

namespace CryoWeb.WebUI.Api.Limits;

/// <summary>
/// Refuses a request body over its limit with 413 problem details naming the limit: at once when the declared length is
/// over it (nothing is read), or when Kestrel stops a body without a length (chunked) at the limit while it is read.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        long? limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (limit is { } max && context.Request.ContentLength > max)
        {
            await RefuseAsync(context, max).ConfigureAwait(false);
            return;
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted && limit is { } max2)
        {
            await RefuseAsync(context, max2).ConfigureAwait(false);
        }
    }

    private static Task RefuseAsync(HttpContext context, long limit)
    {
        // The rest of the body is never read; Kestrel closes the connection instead of draining megabytes.
        context.Response.Headers.Connection = "close";
        return Results.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request too large",
            detail: $"body: this request is larger than the {RequestBodyLimits.Describe(limit)} accepted here; nothing was changed.")
            .ExecuteAsync(context);
    }
}
