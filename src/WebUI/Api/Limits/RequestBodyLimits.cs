using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CryoWeb.WebUI.Api.Limits;

/// <summary>
/// How large a request body may be, checked before anything reads it (issue 13: sixteen anonymous 28 MB bodies
/// exhausted the console's memory). Kestrel refuses any body over <see cref="DefaultBytes"/> while it reads it;
/// endpoints that need another size carry <c>RequestSizeLimitAttribute</c> metadata, which routing applies per request;
/// <see cref="RequestBodyLimitMiddleware"/> answers a declared length over the limit at once with a 413 naming it.
/// </summary>
public static class RequestBodyLimits
{
    /// <summary>Every body, API or page form: commands are a few hundred bytes, an iceball layout about 3 KB.</summary>
    public const long DefaultBytes = 64 * 1024;

    /// <summary>Sign-in (anonymous): a user name and a password of at most 256 characters, even all escaped.</summary>
    public const long SignInBytes = 4 * 1024;

    /// <summary>The whole list of protocol presets (30 protocols of 20 steps, indented JSON stays under 100 KB).</summary>
    public const long PresetsBytes = 256 * 1024;

    public static IServiceCollection AddCryoWebRequestLimits(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = DefaultBytes);

    /// <summary>Answers bodies over the limit with 413 problem details; placed before authentication and antiforgery.</summary>
    public static IApplicationBuilder UseCryoWebRequestLimits(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestBodyLimitMiddleware>();

    /// <summary>"4 KiB", "64 KiB", "28 MB": the size as a person reads it.</summary>
    public static string Describe(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB"
        : bytes % 1024 == 0 ? $"{bytes / 1024} KiB"
        : $"{bytes} bytes";
}
