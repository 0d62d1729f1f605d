namespace CryoWeb.WebUI.Accounts;

/// <summary>Where to go after sign-in: only a path on this server, never another site ("//evil", "http://...", "/\evil").</summary>
public static class LocalReturnUrl
{
    public static string Of(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains("://", StringComparison.Ordinal)
            ? url
            : "/";
}
