using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

using CryoWeb.WebUI.Tests.Https;

namespace CryoWeb.WebUI.Tests.Deployment;

/// <summary>
/// What systemd gives cryoweb.service, built by hand because this machine's PID 1 is not systemd: a state directory,
/// a credentials directory (database key, TLS certificate and key), the site settings file, https and http
/// addresses, a notify socket with a watchdog interval, and a journal socket; each as the environment variable
/// systemd sets.
/// </summary>
internal sealed class ServiceSandbox : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cryoweb-unit-").FullName;

    public ServiceSandbox()
    {
        Directory.CreateDirectory(StateDirectory);
        Directory.CreateDirectory(CredentialsDirectory);
        DatabaseKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        File.WriteAllText(Path.Combine(CredentialsDirectory, "cryoweb-db-key"), DatabaseKey + "\n");
        using var certificate = TestCertificate.CreateCurrent("cryoweb-controller", 30);
        CertificateThumbprint = TestCertificate.WritePem(
            certificate, Path.Combine(CredentialsDirectory, "cryoweb-tls.crt"), Path.Combine(CredentialsDirectory, "cryoweb-tls.key"));
        File.WriteAllText(SettingsFile, """{ "Logging": { "Journal": { "LogLevel": { "Default": "Information" } } } }""");
        Https = new Uri($"https://127.0.0.1:{FreePort()}");
        Http = new Uri($"http://127.0.0.1:{FreePort()}");
        Notify = new DatagramCollector(Path.Combine(_root, "notify"));
        Journal = new DatagramCollector(Path.Combine(_root, "journal"));
    }

    public string StateDirectory => Path.Combine(_root, "state");

    public string CredentialsDirectory => Path.Combine(_root, "credentials");

    public string SettingsFile => Path.Combine(_root, "cryoweb.json");

    public string DatabasePath => Path.Combine(StateDirectory, "cryoweb.db");

    public string DatabaseKey { get; }

    public string CertificateThumbprint { get; }

    public Uri Https { get; }

    public Uri Http { get; }

    public DatagramCollector Notify { get; }

    public DatagramCollector Journal { get; }

    /// <summary>The unit's environment; <paramref name="service"/> adds what only the running service gets (notify, watchdog, journal, addresses).</summary>
    public Dictionary<string, string> Environment(bool service) => service
        ? new(Environment(false))
        {
            ["ASPNETCORE_URLS"] = $"{Https.ToString().TrimEnd('/')};{Http.ToString().TrimEnd('/')}",
            ["NOTIFY_SOCKET"] = Notify.Path,
            ["WATCHDOG_USEC"] = "2000000",
            ["JOURNAL_STREAM"] = "8:4242",
            ["Logging__Journal__SocketPath"] = Journal.Path,
        }
        : new()
        {
            ["STATE_DIRECTORY"] = StateDirectory,
            ["CREDENTIALS_DIRECTORY"] = CredentialsDirectory,
            ["CRYOWEB_SETTINGS"] = SettingsFile,
        };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Notify.Dispose();
        Journal.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
