using System.Net;
using System.Security.Cryptography;
using System.Text;
using CryoWeb.WebUI.Api.Health;
using Microsoft.Extensions.Options;

namespace CryoWeb.WebUI.Api.Metrics;

/// <summary>Decides whether a request may read /metrics (see <see cref="MetricsAccessOptions"/>).</summary>
public sealed class MetricsAccess
{
    private readonly IPNetwork[] _networks;
    private readonly byte[]? _tokenHash;

    public MetricsAccess(IOptions<MetricsAccessOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        _networks = [.. value.AllowedNetworks.Select(n => IPNetwork.Parse(n))];
        _tokenHash = value.ScrapeToken is { } token ? SHA256.HashData(Encoding.UTF8.GetBytes(token)) : null;
    }

    public bool Allows(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        if (LocalCaller.IsLoopback(address))
        {
            return true;
        }

        if (address is not null)
        {
            var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
            if (_networks.Any(n => n.Contains(plain)))
            {
                return true;
            }
        }

        return _tokenHash is not null && Presented(context) is { } presented
            // Hashes of equal length compared in constant time: neither the token's length nor its prefix leaks.
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), _tokenHash);
    }

    private static string? Presented(HttpContext context)
    {
        string authorization = context.Request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        return authorization.Length is > 7 and <= MetricsAccessOptions.MaxTokenLength + 7 && authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)
            ? authorization[Bearer.Length..].Trim()
            : null;
    }
}
