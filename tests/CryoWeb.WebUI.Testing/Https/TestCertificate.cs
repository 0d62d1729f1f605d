using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CryoWeb.WebUI.Tests.Https;

/// <summary>A self-signed P-256 server certificate for the loopback address (and optional names), as PEM files when needed.</summary>
internal static class TestCertificate
{
    /// <summary>The certificate, with its private key.</summary>
    public static X509Certificate2 Create(string commonName, DateTimeOffset notBefore, DateTimeOffset notAfter, params string[] dnsNames)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=" + commonName, key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        foreach (string name in dnsNames)
        {
            names.AddDnsName(name);
        }

        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        return request.CreateSelfSigned(notBefore, notAfter);
    }

    /// <summary>Valid from 5 minutes ago for <paramref name="days"/> days.</summary>
    public static X509Certificate2 CreateCurrent(string commonName, int days, params string[] dnsNames) =>
        Create(commonName, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(days), dnsNames);

    /// <summary>Writes the certificate and its private key as PEM files; returns the certificate's SHA-1 thumbprint.</summary>
    public static string WritePem(X509Certificate2 certificate, string certificatePath, string keyPath)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        using var key = certificate.GetECDsaPrivateKey() ?? throw new InvalidOperationException("the certificate has no private key");
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return certificate.Thumbprint;
    }
}
