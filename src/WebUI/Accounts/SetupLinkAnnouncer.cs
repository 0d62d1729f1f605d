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

    private async Task AnnounceAsync()
    {
        try
        {
            if (await directory.AnyEnabledAdminAsync().ConfigureAwait(false))
            {
                return;
            }

            string? address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            // The first address's scheme too: under the unit that is https://+:443, and http://localhost:443 fails.
            string origin = address is not null && Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                ? $"{uri.Scheme}://localhost:{uri.Port}"
                : "http://localhost:5080";
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
