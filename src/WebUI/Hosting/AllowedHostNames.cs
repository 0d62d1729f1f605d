using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CryoWeb.WebUI.Https;
using Microsoft.AspNetCore.HostFiltering;

namespace CryoWeb.WebUI.Hosting;

/// <summary>
/// The Host names the console answers to; any other gets 400 before anything else runs (ASP.NET's host filtering), so
/// no redirect (HTTP to HTTPS, sign-in) ever carries a host an attacker sent, and a DNS-rebinding page cannot talk to
/// the console. <c>AllowedHosts</c> (semicolon-separated, e.g. in /etc/cryoweb/cryoweb.json) replaces the default,
/// which is: localhost, 127.0.0.1, [::1], this machine's name (and name.local), and every DNS name and IP address in
/// the served certificate (a tablet that names the console otherwise already gets a certificate error).
/// </summary>
public static class AllowedHostNames
{
    public const string Key = "AllowedHosts";

    public static IServiceCollection AddCryoWebAllowedHosts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Runs after the web host's own PostConfigure, which reads AllowedHosts and means "any" ("*") when it is absent.
        services.PostConfigure<HostFilteringOptions>(options =>
        {
            if (string.IsNullOrWhiteSpace(configuration[Key]))
            {
                options.AllowedHosts = [.. Default(configuration[HttpsSetup.CertificatePathKey], Dns.GetHostName())];
            }
        });
        return services;
    }

    /// <summary>The default list; <paramref name="certificatePath"/> is the served PEM certificate, if any.</summary>
    public static IEnumerable<string> Default(string? certificatePath, string machineName)
    {
        var names = new List<string> { "localhost", "127.0.0.1", "[::1]" };
        if (!string.IsNullOrWhiteSpace(machineName))
        {
            names.Add(machineName);
            names.Add(machineName + ".local");
        }

        names.AddRange(CertificateNames(certificatePath));
        return names.Distinct(StringComparer.OrdinalIgnoreCase);
    }

    private static List<string> CertificateNames(string? path)
    {
        var names = new List<string>();
        if (string.IsNullOrEmpty(path))
        {
            return names;
        }

        try
        {
            using var certificate = X509Certificate2.CreateFromPem(File.ReadAllText(path));
            foreach (var san in certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>())
            {
                names.AddRange(san.EnumerateDnsNames());
                names.AddRange(san.EnumerateIPAddresses().Select(a => a.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{a}]" : a.ToString()));
            }

            return names;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            // A PFX or an unreadable file: Kestrel reports it; name the hosts in AllowedHosts then.
            return names;
        }
    }
}
