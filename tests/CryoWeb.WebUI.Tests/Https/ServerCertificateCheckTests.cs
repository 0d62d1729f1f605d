using System.Security.Cryptography;
using CryoWeb.WebUI.Https;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.WebUI.Tests.Https;

/// <summary>The served certificate's validity is logged at start-up, with a warning while there is time to renew it.</summary>
public sealed class ServerCertificateCheckTests : IDisposable
{
    private static readonly DateTimeOffset Issued = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("cryoweb-cert-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (double? DaysLeft, LogLevel Level, string Message) CheckAt(DateTimeOffset now)
    {
        using var certificate = TestCertificate.Create("cryoweb-controller", Issued, Issued.AddDays(100));
        string path = Path.Combine(_folder, "tls.crt");
        File.WriteAllText(path, certificate.ExportCertificatePem());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [HttpsSetup.CertificatePathKey] = path }).Build();
        var logger = new RecordingLogger<ServerCertificateCheck>();

        double? days = new ServerCertificateCheck(configuration, new FakeTimeProvider(now), logger).Check();

        var (level, message) = Assert.Single(logger.Records);
        Assert.Contains(certificate.GetCertHashString(HashAlgorithmName.SHA256), message, StringComparison.Ordinal);
        return (days, level, message);
    }

    [Fact]
    public void A_valid_certificate_is_named_with_its_expiry()
    {
        var (days, level, message) = CheckAt(Issued.AddDays(10));

        Assert.Equal(90, days!.Value, precision: 3);
        Assert.Equal(LogLevel.Information, level);
        Assert.Contains("CN=cryoweb-controller, valid until 2026-04-11 00:00:00Z", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thirty_days_before_expiry_it_warns_with_the_days_left()
    {
        var (_, level, message) = CheckAt(Issued.AddDays(80.5));

        Assert.Equal(LogLevel.Warning, level);
        Assert.Contains("in 19 days", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expired_certificate_is_critical()
    {
        var (days, level, _) = CheckAt(Issued.AddDays(101));

        Assert.True(days < 0);
        Assert.Equal(LogLevel.Critical, level);
    }

    [Fact]
    public void Without_a_configured_certificate_there_is_nothing_to_say()
    {
        var logger = new RecordingLogger<ServerCertificateCheck>();

        Assert.Null(new ServerCertificateCheck(new ConfigurationBuilder().Build(), new FakeTimeProvider(), logger).Check());
        Assert.Empty(logger.Records);
    }
}
