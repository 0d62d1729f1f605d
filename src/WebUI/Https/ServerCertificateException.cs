namespace CryoWeb.WebUI.Https;

/// <summary>HTTPS is configured but cannot be served (no certificate, a bad HSTS setting): start-up stops.</summary>
public sealed class ServerCertificateException : Exception
{
    public ServerCertificateException()
    {
    }

    public ServerCertificateException(string message)
        : base(message)
    {
    }

    public ServerCertificateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
