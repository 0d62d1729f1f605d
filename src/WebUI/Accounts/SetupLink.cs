using CryoWeb.Controller.Outcomes;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using CryoWeb.Controller.Commands;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// The one-time link that creates the first Admin when none is enabled: a random 128-bit token made at start-up,
/// accepted from this machine only (loopback), once; a restart makes a new one.
/// </summary>
public sealed class SetupLink(UserDirectory directory) : IDisposable
{
    public const string Path = "/setup-admin";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _used;

    /// <summary>The token (32 hex digits); test code and the start-up log read it.</summary>
    public string Token { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public void Dispose() => _gate.Dispose();

    /// <summary>True when the request comes from this machine (the socket's peer address, not a header).</summary>
    public static bool IsLocal(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress is { } address
            && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
    }

    /// <summary>Null when the link may be used now from <paramref name="context"/> with <paramref name="token"/>, else why not.</summary>
    public async Task<string?> ProblemAsync(HttpContext context, string? token)
    {
        if (!IsLocal(context))
        {
            return "The set-up link works only from the console itself (localhost).";
        }

        if (_used || token is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(token), Encoding.ASCII.GetBytes(Token)))
        {
            return "This set-up link is not valid (it works once; a restart prints a new one while no Admin exists).";
        }

        return await directory.AnyEnabledAdminAsync().ConfigureAwait(false)
            ? "An Admin already exists: sign in and manage users under Admin."
            : null;
    }

    /// <summary>Creates the first Admin; the token then stops working.</summary>
    public async Task<CommandOutcome> CreateAdminAsync(HttpContext context, string? token, string? userName, string? password)
    {
        ArgumentNullException.ThrowIfNull(context);
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (await ProblemAsync(context, token).ConfigureAwait(false) is string problem)
            {
                return CommandOutcome.Refused("token: " + problem);
            }

            var caller = new Caller("setup-link", ConsoleRole.Admin, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            var outcome = await directory.AddAsync(caller, userName, nameof(ConsoleRole.Admin), password).ConfigureAwait(false);
            _used |= outcome.Accepted;
            return outcome;
        }
        finally
        {
            _gate.Release();
        }
    }
}
