using System.Net;
using System.Text.Json;
using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// Lockouts per account AND client address (issue 13: five wrong passwords from any host locked any account for
/// everyone). After <see cref="AccountOptions.LockoutAttempts"/> wrong passwords in a row from one client, that client
/// may not sign in to that account for <see cref="AccountOptions.Lockout"/>, doubled with each repeat (at most a day);
/// other clients are not affected. The console itself (loopback: the kiosk) is never locked. Stored as one setting per
/// user, so a restart keeps them; callers serialise access (<see cref="UserDirectory"/>'s gate).
/// </summary>
internal sealed class SignInLockouts(ProcedureStore store, TimeProvider time, AccountOptions options)
{
    private const string KeyPrefix = "accounts.signin-locks.";
    private const int MaxClientsPerUser = 256;
    private const int MaxLockedClientsPerUser = 4096;
    private static readonly TimeSpan MaxLock = TimeSpan.FromDays(1);
    private readonly Dictionary<string, Dictionary<string, SignInLock>> _loaded = new(StringComparer.Ordinal);

    /// <summary>
    /// True for the console's own kiosk, which opens http://localhost (127.0.0.1 or ::1) and is never locked. Other
    /// loopback addresses (127.0.0.2...) count as other clients.
    /// </summary>
    public static bool IsConsole(string clientAddress) =>
        IPAddress.TryParse(clientAddress, out var address)
        && ((address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).Equals(IPAddress.Loopback) || address.Equals(IPAddress.IPv6Loopback));

    /// <summary>Until when <paramref name="client"/> may not sign in as <paramref name="userName"/>, or null.</summary>
    public async Task<DateTimeOffset?> LockedUntilAsync(string userName, string client) =>
        (await LoadAsync(userName).ConfigureAwait(false)).TryGetValue(client, out var entry) && entry.Until > time.GetUtcNow() ? entry.Until : null;

    /// <summary>The latest lock of the account from any client still in force (the users page shows it), or null.</summary>
    public async Task<DateTimeOffset?> LatestLockAsync(string userName)
    {
        var now = time.GetUtcNow();
        return (await LoadAsync(userName).ConfigureAwait(false)).Values.Select(e => e.Until).Where(u => u > now).Max();
    }

    /// <summary>Counts a wrong password; the refusal text, naming the lock when this one locks.</summary>
    public async Task<(string Refusal, bool Locked)> WrongPasswordAsync(string userName, string client)
    {
        var now = time.GetUtcNow();
        if (IsConsole(client))
        {
            return ("wrong password (the console itself is never locked)", false);
        }

        var entries = await LoadAsync(userName).ConfigureAwait(false);
        var entry = entries.GetValueOrDefault(client) ?? new SignInLock(0, 0, null, now);
        int failed = entry.Failed + 1;
        if (failed < options.LockoutAttempts)
        {
            entries[client] = entry with { Failed = failed, LastFailure = now };
            Save(userName, entries);
            return ($"wrong password ({failed} of {options.LockoutAttempts} from this client)", false);
        }

        int locks = entry.Locks + 1;
        var length = TimeSpan.FromTicks(Math.Min(MaxLock.Ticks, options.Lockout.Ticks * (1L << Math.Min(locks - 1, 16))));
        entries[client] = new SignInLock(0, locks, now + length, now);
        Save(userName, entries);
        return ($"wrong password; locked from {client} for {length.TotalMinutes:0} min (lock {locks})", true);
    }

    /// <summary>A right password: the client starts afresh for this account.</summary>
    public async Task SucceededAsync(string userName, string client)
    {
        var entries = await LoadAsync(userName).ConfigureAwait(false);
        if (entries.Remove(client))
        {
            Save(userName, entries);
        }
    }

    /// <summary>A new password (Admin reset): every lock of the account is lifted.</summary>
    public async Task ClearAsync(string userName)
    {
        var entries = await LoadAsync(userName).ConfigureAwait(false);
        if (entries.Count > 0)
        {
            entries.Clear();
            Save(userName, entries);
        }
    }

    private async Task<Dictionary<string, SignInLock>> LoadAsync(string userName)
    {
        if (!_loaded.TryGetValue(userName, out var entries))
        {
            string? json = await store.GetSettingAsync(KeyPrefix + userName).ConfigureAwait(false);
            entries = json is null ? [] : JsonSerializer.Deserialize<Dictionary<string, SignInLock>>(json) ?? [];
            _loaded[userName] = entries;
        }

        return entries;
    }

    private void Save(string userName, Dictionary<string, SignInLock> entries)
    {
        // Bounded: entries whose lock ended a day ago go first, then the oldest counts of clients not locked now. A lock in
        // force is never dropped to make room (issue 13 re-test: one wrong password from each of 257 other addresses
        // pushed a locked client out, which could then guess again); past MaxLockedClientsPerUser the oldest locks go
        // (the sign-in throttle's per-account limit makes that take days).
        var now = time.GetUtcNow();
        foreach (var stale in entries.Where(e => (e.Value.Until ?? e.Value.LastFailure) < now - MaxLock).Select(e => e.Key).ToList())
        {
            entries.Remove(stale);
        }

        var unlocked = entries.Where(e => !(e.Value.Until > now)).OrderBy(e => e.Value.LastFailure).Select(e => e.Key);
        foreach (var oldest in unlocked.Take(entries.Count - MaxClientsPerUser).ToList())
        {
            entries.Remove(oldest);
        }

        foreach (var oldest in entries.OrderBy(e => e.Value.LastFailure).Take(entries.Count - MaxLockedClientsPerUser).Select(e => e.Key).ToList())
        {
            entries.Remove(oldest);
        }

        store.SaveSetting(KeyPrefix + userName, JsonSerializer.Serialize(entries));
    }
}
