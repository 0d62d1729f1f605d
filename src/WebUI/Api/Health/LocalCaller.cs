using System.Net;

namespace CryoWeb.WebUI.Api.Health;

/// <summary>
/// Whether a request comes from the console itself. Kestrel faces the network directly (no proxy, no forwarded
/// headers), so the connection's remote address is the caller's own.
/// </summary>
public static class LocalCaller
{
    /// <summary>127.0.0.0/8 and ::1, also written as an IPv4-mapped IPv6 address; false when unknown.</summary>
    public static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
