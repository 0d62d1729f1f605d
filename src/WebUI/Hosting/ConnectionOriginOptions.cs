namespace CryoWeb.WebUI.Hosting;

/// <summary>
/// <c>ConnectionOrigins:Allowed</c>: further origins whose pages may connect, besides the one each request is addressed
/// to (e.g. <c>https://cryo-or3.chu.example</c> when a reverse proxy serves the console under that name). Empty by
/// default: the console's own pages (including the kiosk's https://localhost) need nothing here.
/// </summary>
public sealed class ConnectionOriginOptions
{
    /// <summary>At most this many entries (a site has a handful of names at most).</summary>
    public const int MaxEntries = 16;

    public IList<string> Allowed { get; init; } = [];

    /// <summary>Null when every entry is an http(s) origin, else what is wrong, naming the entry.</summary>
    public string? Problem()
    {
        if (Allowed.Count > MaxEntries)
        {
            return $"ConnectionOrigins:Allowed: at most {MaxEntries} origins (there are {Allowed.Count}).";
        }

        for (int i = 0; i < Allowed.Count; i++)
        {
            if (!TryParseOrigin(Allowed[i], out _))
            {
                return $"ConnectionOrigins:Allowed:{i}: '{Allowed[i]}' is not an origin such as https://console.example (scheme, host and port only).";
            }
        }

        return null;
    }

    public IReadOnlyCollection<Uri> Origins() => [.. Allowed.Select(a => TryParseOrigin(a, out var uri) ? uri : throw new InvalidOperationException(Problem()))];

    /// <summary>An http or https origin: scheme, host and optional port, no path, query, fragment or user.</summary>
    public static bool TryParseOrigin(string? text, out Uri origin)
    {
        origin = null!;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 256
            || !Uri.TryCreate(text.TrimEnd('/'), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0
            || text.TrimEnd('/').Count(c => c == '/') != 2)
        {
            return false;
        }

        origin = uri;
        return true;
    }
}
