namespace CryoWeb.WebUI.Https;

/// <summary>Section <c>Https</c>: what the console adds when it serves HTTPS (the certificate itself is under Kestrel).</summary>
public sealed class HttpsOptions
{
    public const string SectionName = "Https";

    /// <summary>How long browsers keep to HTTPS after a visit (HSTS max-age), 0 to 3650 days.</summary>
    public int HstsMaxAgeDays { get; set; } = HttpsSetup.DefaultHstsMaxAgeDays;
}
