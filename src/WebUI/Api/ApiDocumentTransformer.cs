using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CryoWeb.WebUI.Api;

/// <summary>
/// Titles the OpenAPI document, declares how callers sign in (the sign-in cookie, or a bearer token for scripts),
/// describes each tag, and writes the server address without the trailing slash (operation paths start with one).
/// </summary>
public sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string CookieScheme = "cookie";
    public const string BearerScheme = "bearer";

    /// <summary>Every tag the endpoints use, with what its operations are for.</summary>
    public static IReadOnlyDictionary<string, string> TagDescriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Accounts"] = "Sign in: a cookie session (as the pages use) or a bearer token for scripts.",
        ["Status"] = "The live status of the console: probes, sensors, supplies, emergency stop, procedure and alarms.",
        ["Probes"] = "Manual probe modes and the protocols that drive probes through freeze and thaw steps. Operators.",
        ["Safety"] = "The emergency stop and its reset.",
        ["Alarms"] = "Acknowledging alarms and pausing their sound. Operators.",
        ["Procedures"] = "Creating, starting and finishing a procedure. Operators.",
        ["Protocol presets"] = "The protocols offered to the operator: read by watchers, replaced as a whole by Admins.",
        ["Iceball"] = "The live iceball estimate, a procedure's layout, its plan and its last estimate.",
        ["Review"] = "Recorded procedures for review: list, detail, curves, exports. Reviewers.",
        ["Diagnostics"] = "Valve states and the control loop's tick lateness, for service staff and the benchmarks.",
        ["Simulator"] = "Fault injection into the simulated plant (404 on a console that drives real hardware). Admins.",
    };

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

        // The address the document was asked at, as the base of every path; paths begin with '/', so no slash here.
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out string? description))
            {
                tag.Description = description;
            }
        }

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
