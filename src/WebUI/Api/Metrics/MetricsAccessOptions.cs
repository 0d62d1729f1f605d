using System.Net;

namespace CryoWeb.WebUI.Api.Metrics;

/// <summary>
/// Who may read /metrics (section <c>Metrics</c>): always the console itself (loopback: the bench scripts, a local
/// exporter), callers from <see cref="AllowedNetworks"/> (the Prometheus server's network, CIDR such as
/// <c>10.20.0.0/24</c>), and callers that send <c>Authorization: Bearer</c> with <see cref="ScrapeToken"/>.
/// Nobody else: the series tell whether alarms are shown and how many people watch.
/// </summary>
public sealed class MetricsAccessOptions
{
    public const string SectionName = "Metrics";
    public const int MinTokenLength = 32;
    public const int MaxTokenLength = 512;
    public const int MaxNetworks = 32;

    /// <summary>The scrape token (at least 32 characters, e.g. <c>openssl rand -base64 32</c>); none by default.</summary>
    public string? ScrapeToken { get; set; }

    /// <summary>Networks whose callers need no token, in CIDR notation; none by default.</summary>
    public IList<string> AllowedNetworks { get; } = [];

    /// <summary>The first thing wrong, naming the setting; null when the settings are usable.</summary>
    public string? Problem()
    {
        if (ScrapeToken is { } token && (token.Length is < MinTokenLength or > MaxTokenLength || token.Any(c => c is <= ' ' or > '~')))
        {
            return $"{SectionName}:{nameof(ScrapeToken)} must be {MinTokenLength} to {MaxTokenLength} printable characters without spaces (it has {token.Length}).";
        }

        if (AllowedNetworks.Count > MaxNetworks)
        {
            return $"{SectionName}:{nameof(AllowedNetworks)} lists {AllowedNetworks.Count} networks; at most {MaxNetworks}.";
        }

        foreach (string network in AllowedNetworks)
        {
            if (!IPNetwork.TryParse(network, out _))
            {
                return $"{SectionName}:{nameof(AllowedNetworks)}: '{network}' is not a network in CIDR notation (such as 10.20.0.0/24).";
            }
        }

        return null;
    }
}
