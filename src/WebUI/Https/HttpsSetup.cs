using CryoWeb.Configuration;

namespace CryoWeb.WebUI.Https;

/// <summary>
/// HTTPS on the hospital LAN. Kestrel serves the certificate from its own configuration
/// (<c>Kestrel:Certificates:Default:Path</c> and <c>:KeyPath</c>, PEM or PFX), or, when that is not set, from the
/// systemd credentials <c>cryoweb-tls.crt</c> and <c>cryoweb-tls.key</c> (<c>LoadCredential=</c> in the unit, so the
/// key is readable by the service alone). Whenever the console listens on an https:// address, plain HTTP only
/// redirects to it (308) and HTTPS responses carry HSTS, so a tablet that once reached the console never talks to it
/// in clear again. An https:// address without a certificate stops start-up with an error naming both ways to give one.
/// </summary>
public static class HttpsSetup
{
    public const string CertificateCredential = "cryoweb-tls.crt";
    public const string KeyCredential = "cryoweb-tls.key";
    public const string CertificatePathKey = "Kestrel:Certificates:Default:Path";
    public const string KeyPathKey = "Kestrel:Certificates:Default:KeyPath";
    public const string HstsMaxAgeDaysKey = "Https:HstsMaxAgeDays";
    public const int DefaultHstsMaxAgeDays = 365;

    /// <exception cref="ServerCertificateException">An https:// address is configured but no certificate.</exception>
    public static void AddCryoWebHttps(this WebApplicationBuilder builder, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(environment);
        var configuration = builder.Configuration;
        var settings = configuration.ReadSettings<HttpsOptions>(HttpsOptions.SectionName, _ => null);
        UseCredentialCertificate(configuration, environment);
        if (!ServesHttps(configuration))
        {
            return;
        }

        if (string.IsNullOrEmpty(configuration[CertificatePathKey]) && !EndpointsNameCertificates(configuration) && !builder.Environment.IsDevelopment())
        {
            throw new ServerCertificateException(
                $"the console is to listen on https:// ({configuration[WebHostDefaults.ServerUrlsKey]}) but has no certificate: set {CertificatePathKey} and {KeyPathKey} (PEM), " +
                $"or give the systemd credentials {CertificateCredential} and {KeyCredential} (LoadCredential= in cryoweb.service).");
        }

        int days = settings.HstsMaxAgeDays;
        if (days is < 0 or > 3650)
        {
            throw new ServerCertificateException($"{HstsMaxAgeDaysKey}: {days} is outside 0..3650 days.");
        }

        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(days));
        builder.Services.AddHttpsRedirection(redirect => redirect.RedirectStatusCode = StatusCodes.Status308PermanentRedirect);
        builder.Services.AddSingleton(new HttpsInUse());
        builder.Services.AddHostedService<ServerCertificateCheck>();
    }

    /// <summary>Redirects plain HTTP to HTTPS and adds HSTS, when the console serves HTTPS. Call first in the pipeline.</summary>
    public static void UseCryoWebHttps(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetService<HttpsInUse>() is null)
        {
            return;
        }

        app.UseHsts();
        app.UseHttpsRedirection();
    }

    private static void UseCredentialCertificate(ConfigurationManager configuration, Func<string, string?> environment)
    {
        if (!string.IsNullOrEmpty(configuration[CertificatePathKey]) || environment("CREDENTIALS_DIRECTORY") is not { Length: > 0 } directory)
        {
            return;
        }

        string certificate = Path.Combine(directory, CertificateCredential);
        if (!File.Exists(certificate))
        {
            return;
        }

        string key = Path.Combine(directory, KeyCredential);
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [CertificatePathKey] = certificate,
            [KeyPathKey] = File.Exists(key) ? key : null,
        });
    }

    private static bool ServesHttps(ConfigurationManager configuration) =>
        (configuration[WebHostDefaults.ServerUrlsKey] ?? string.Empty).Contains("https://", StringComparison.OrdinalIgnoreCase)
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any(e => (e["Url"] ?? string.Empty).StartsWith("https://", StringComparison.OrdinalIgnoreCase));

    private static bool EndpointsNameCertificates(ConfigurationManager configuration) =>
        configuration.GetSection("Kestrel:Endpoints").GetChildren().Any(e => e.GetSection("Certificate").Exists());
}
