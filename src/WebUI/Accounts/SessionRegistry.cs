using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// Server-side sessions: each sign-in gets one, ended by sign-out, by <see cref="AccountOptions.SessionMinutes"/> without
/// a request (sliding), or at once when an Admin disables the user, changes its role or resets its password. Every
/// authorised request and every live-page revalidation asks here, so a cookie or token outliving its session is refused.
/// After a restart the table is empty: a presented session is taken back once the user is found still enabled with
/// the same role.
/// </summary>
public sealed class SessionRegistry
{
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly AccountOptions _options;
    private readonly UserDirectory _directory;

    public SessionRegistry(TimeProvider time, UserDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _time = time;
        _directory = directory;
        _options = directory.Options;
        directory.UserChanged += EndAllFor;
    }

    /// <summary>Opens a session for a user who just signed in; returns its id (a random 128-bit value).</summary>
    public string Start(string userName)
    {
        string id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _sessions[id] = new Session(userName, _time.GetUtcNow() + _options.Session, Ended: false);
        Sweep();
        return id;
    }

    /// <summary>True while <paramref name="user"/>'s session is open. Does not count as activity.</summary>
    public async Task<bool> IsOpenAsync(ClaimsPrincipal? user)
    {
        if (user?.FindFirst(ConsolePrincipal.SessionClaim)?.Value is not { Length: > 0 } id || user.Identity?.Name is not { Length: > 0 } name)
        {
            return false;
        }

        if (_sessions.TryGetValue(id, out var session))
        {
            return !session.Ended && session.UserName == name && session.Expires > _time.GetUtcNow();
        }

        // Unknown here (the console restarted since sign-in): take it back if the user is still allowed in.
        bool active = await _directory.IsActiveAsync(name, user.FindFirst(ClaimTypes.Role)?.Value ?? string.Empty).ConfigureAwait(false);
        _sessions.TryAdd(id, new Session(name, _time.GetUtcNow() + _options.Session, Ended: !active));
        return active;
    }

    /// <summary>Marks activity: the session then lasts <see cref="AccountOptions.SessionMinutes"/> from now.</summary>
    public void Touch(ClaimsPrincipal? user)
    {
        if (user?.FindFirst(ConsolePrincipal.SessionClaim)?.Value is { } id && _sessions.TryGetValue(id, out var session)
            && !session.Ended && session.Expires > _time.GetUtcNow())
        {
            _sessions.TryUpdate(id, session with { Expires = _time.GetUtcNow() + _options.Session }, session);
        }
    }

    /// <summary>Sign-out: the session's cookie or token is refused from now on.</summary>
    public void End(ClaimsPrincipal? user)
    {
        if (user?.FindFirst(ConsolePrincipal.SessionClaim)?.Value is { } id && user.Identity?.Name is { } name)
        {
            _sessions[id] = new Session(name, _time.GetUtcNow(), Ended: true);
        }
    }

    private void EndAllFor(string userName)
    {
        foreach (var (id, session) in _sessions)
        {
            if (session.UserName == userName)
            {
                _sessions[id] = session with { Ended = true };
            }
        }
    }

    /// <summary>Forgets sessions whose cookies have expired anyway (a session's cookie lasts at most one session length past it).</summary>
    private void Sweep()
    {
        var forgetBefore = _time.GetUtcNow() - _options.Session - _options.Session;
        foreach (var (id, session) in _sessions)
        {
            if (session.Expires < forgetBefore)
            {
                _sessions.TryRemove(id, out _);
            }
        }
    }

    private sealed record Session(string UserName, DateTimeOffset Expires, bool Ended);
}
