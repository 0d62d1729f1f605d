using CryoWeb.WebUI.Accounts;

namespace CryoWeb.WebUI.Api;

/// <summary>
/// Runs after authorisation and before every /api endpoint: a command (POST, PUT, DELETE) must say
/// Content-Type: application/json, which a cross-site form cannot send without a CORS preflight we never grant (415
/// otherwise); it must come from a user with a console role; and a body that could not be read is answered with its
/// 400 here, so the endpoint never runs and nothing changes.
/// </summary>
public sealed class CommandRequestFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (IsCommand(request.Method) && !request.HasJsonContentType())
        {
            return ApiResults.UnsupportedMediaType();
        }

        if (ConsoleCaller.From(context.HttpContext) is null)
        {
            return ApiResults.NoConsoleRole();
        }

        foreach (var argument in context.Arguments)
        {
            if (argument is IJsonBody { Problem: { } problem })
            {
                return problem;
            }
        }

        return await next(context).ConfigureAwait(false);
    }

    private static bool IsCommand(string method) => HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsDelete(method) || HttpMethods.IsPatch(method);
}
