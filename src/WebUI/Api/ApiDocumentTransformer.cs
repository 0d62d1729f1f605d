using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CryoWeb.WebUI.Api;

/// <summary>Titles the OpenAPI document and declares how callers sign in: the sign-in cookie, or a bearer token for scripts.</summary>
public sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string CookieScheme = "cookie";
    public const string BearerScheme = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info = new OpenApiInfo
        {
            Title = "CryoWeb console API",
            Version = "v1",
            Description = "Status and commands of the cryoablation console. Anonymous: 401; without the role: 403; bad input: 400 naming the field; " +
                "refused by the console: 409 with its reason; commands need Content-Type: application/json (415 otherwise).",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = CryoWeb.WebUI.Accounts.AccountsSetup.CookieName,
            Description = "The sign-in cookie set by POST /api/signin or the sign-in page.",
        };
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A token from POST /api/token, for scripts.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, document)] = [] });
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] });
        return Task.CompletedTask;
    }
}
