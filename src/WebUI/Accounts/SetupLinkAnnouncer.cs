using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CryoWeb.WebUI.Accounts;

/// <summary>Once the server listens, logs the set-up link at Warning when no enabled Admin exists.</summary>
public sealed class SetupLinkAnnouncer(IHostApplicationLifetime lifetime, IServer server, SetupLink link, UserDirectory directory, ILogger<SetupLinkAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = AnnounceAsync());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Where this machine reaches the console: the HTTPS address if there is one (plain HTTP only redirects then),
    /// else the first, with the host as localhost (the link is valid from this machine only).
    /// </summary>
    internal static string LocalOrigin(ICollection<string> addresses)
    {
        string? address = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return Hosting.ConsoleHost.DefaultUrl;
        }

        return new UriBuilder(uri.Scheme, "localhost", uri.Port).Uri.ToString().TrimEnd('/');
    }

    private async Task AnnounceAsync()
    {
        try
        {
            if (await directory.AnyEnabledAdminAsync().ConfigureAwait(false))
            {
                return;
            }

            string origin = LocalOrigin(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
            AccountLog.SetupLink(logger, $"{origin}{SetupLink.Path}?token={link.Token}");
        }
#pragma warning disable CA1031 // A storage failure is already alarmed by the store; the link is then simply not offered.
        catch (Exception e)
#pragma warning restore CA1031
        {
            AccountLog.SetupLinkFailed(logger, e);
        }
    }
}
