using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CryoWeb.WebUI.Https;

/// <summary>
/// At start-up, says which certificate the console serves and warns while there is time to act: with HSTS, a tablet
/// offers no way past an expired certificate, so an expiry would lock every tablet out in the middle of a list.
/// Warning from <see cref="WarnDays"/> days before expiry, Critical once expired or not yet valid.
/// </summary>
public sealed partial class ServerCertificateCheck(IConfiguration configuration, TimeProvider time, ILogger<ServerCertificateCheck> logger) : IHostedService
{
    public const int WarnDays = 30;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Check();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Reads the configured PEM certificate and logs its validity; returns the days left, or null when none is readable.</summary>
    public double? Check()
    {
        if (configuration[HttpsSetup.CertificatePathKey] is not { Length: > 0 } path)
        {
            return null;
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509Certificate2.CreateFromPem(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            // A PFX, or unreadable: Kestrel loads it (or stops start-up with its own error).
            return null;
        }

        using (certificate)
        {
            var now = time.GetUtcNow();
            double daysLeft = (certificate.NotAfter.ToUniversalTime() - now.UtcDateTime).TotalDays;
            string fingerprint = certificate.GetCertHashString(HashAlgorithmName.SHA256);
            string subject = certificate.Subject;
            var notAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime());
            if (now.UtcDateTime < certificate.NotBefore.ToUniversalTime() || daysLeft <= 0)
            {
                LogInvalid(logger, subject, notAfter, fingerprint);
            }
            else if (daysLeft < WarnDays)
            {
                LogExpiring(logger, subject, notAfter, Math.Floor(daysLeft), fingerprint);
            }
            else
            {
                LogServing(logger, subject, notAfter, fingerprint);
            }

            return daysLeft;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTPS certificate {Subject}, valid until {NotAfter:u}, SHA-256 {Fingerprint}")]
    private static partial void LogServing(ILogger logger, string subject, DateTimeOffset notAfter, string fingerprint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "HTTPS certificate {Subject} expires {NotAfter:u}, in {DaysLeft} days: renew it (install.sh --new-certificate, or the hospital's certificate) before tablets are locked out. SHA-256 {Fingerprint}")]
    private static partial void LogExpiring(ILogger logger, string subject, DateTimeOffset notAfter, double daysLeft, string fingerprint);

    [LoggerMessage(Level = LogLevel.Critical, Message = "HTTPS certificate {Subject} is not valid now (valid until {NotAfter:u}, or not yet valid; check the clock): tablets cannot connect. Renew it. SHA-256 {Fingerprint}")]
    private static partial void LogInvalid(ILogger logger, string subject, DateTimeOffset notAfter, string fingerprint);
}
