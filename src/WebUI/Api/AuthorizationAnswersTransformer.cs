using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CryoWeb.WebUI.Api;

/// <summary>
/// Adds the answers the authorisation layer gives before any endpoint runs: 401 to an anonymous caller and 403 to a
/// user without the endpoint's role, on every operation that requires a sign-in (from its authorisation metadata, so
/// the document cannot forget one). The endpoint's own answers (400, 404, 409, ...) are declared where it is mapped.
/// </summary>
public sealed class AuthorizationAnswersTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Not signed in (no sign-in cookie or bearer token, or an expired one)." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "Signed in, but without the role this operation needs." });
        return Task.CompletedTask;
    }
}
