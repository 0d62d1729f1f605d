using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using CryoWeb.Controller.Commands;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// Server-side sessions: each sign-in gets one, ended by sign-out, by <see cref="AccountOptions.SessionMinutes"/> without
/// a request (sliding), or at once when an Admin disables the user, changes its role or resets its password. Every
/// authorised request, every command (through the <see cref="CallerSession"/> its caller carries) and every live page
/// and hub connection (through <see cref="Ended"/>) asks here, so a cookie, token, page or connection outliving its
/// session can do nothing more. The table lives in memory only: after a restart every earlier cookie and token is
/// refused and people sign in again (a replayed cookie of a session that was signed out must never come back).
/// </summary>
public sealed class SessionRegistry
{
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly AccountOptions _options;

    /// <summary>Sessions of the users in <paramref name="directory"/>: a change to a user ends that user's sessions.</summary>
    public SessionRegistry(TimeProvider time, UserDirectory directory)
        : this(time, directory?.Options ?? throw new ArgumentNullException(nameof(directory))) =>
        directory.UserChanged += EndAllFor;

    /// <summary>Sessions with no user directory behind them (component tests).</summary>
    public SessionRegistry(TimeProvider time, AccountOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _options = options;
    }

    /// <summary>
    /// Raised with the session's id when it ends (sign-out, user changed, idle), on the thread that ended it: live pages
    /// sign out and hub connections close. Handlers must be quick and must not throw.
    /// </summary>
    public event Action<string>? Ended;

    /// <summary>Opens a session for a user who just signed in; returns its id (a random 128-bit value).</summary>
    public string Start(string userName)
    {
        string id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _sessions[id] = new Session(userName, new CallerSession(id)) { Expires = _time.GetUtcNow() + _options.Session };
        Sweep();
        return id;
    }

    /// <summary>True while <paramref name="user"/>'s session is open. Does not count as activity.</summary>
    public bool IsOpen(ClaimsPrincipal? user) => Open(user) is not null;

    /// <summary>The open session of <paramref name="user"/> as the command layer checks it, or null.</summary>
    public CallerSession? Open(ClaimsPrincipal? user)
    {
        if (SessionId(user) is not { } id || user!.Identity?.Name is not { Length: > 0 } name
            || !_sessions.TryGetValue(id, out var session) || session.UserName != name)
        {
            return null;
        }

        if (session.Expires <= _time.GetUtcNow())
        {
            End(id, session);
            return null;
        }

        return session.Ticket.IsOpen ? session.Ticket : null;
    }

    /// <summary>The session id a principal carries, if any.</summary>
    public static string? SessionId(ClaimsPrincipal? user) =>
        user?.FindFirst(ConsolePrincipal.SessionClaim)?.Value is { Length: > 0 } id ? id : null;

    /// <summary>Marks activity: the session then lasts <see cref="AccountOptions.SessionMinutes"/> from now.</summary>
    public void Touch(ClaimsPrincipal? user)
    {
        if (SessionId(user) is { } id && _sessions.TryGetValue(id, out var session) && session.Ticket.IsOpen && session.Expires > _time.GetUtcNow())
        {
            session.Expires = _time.GetUtcNow() + _options.Session;
        }
    }

    /// <summary>Sign-out: the session's cookie or token is refused from now on, its pages and connections close.</summary>
    public void End(ClaimsPrincipal? user)
    {
        if (SessionId(user) is { } id && _sessions.TryGetValue(id, out var session))
        {
            End(id, session);
        }
    }

    /// <summary>Ends every session idle past its length (called every second, so their pages close within one).</summary>
    public void EndExpired()
    {
        var now = _time.GetUtcNow();
        foreach (var (id, session) in _sessions)
        {
            if (session.Expires <= now)
            {
                End(id, session);
            }
        }

        Sweep();
    }

    private void EndAllFor(string userName)
    {
        foreach (var (id, session) in _sessions)
        {
            if (session.UserName == userName)
            {
                End(id, session);
            }
        }
    }

    private void End(string id, Session session)
    {
        if (session.Ticket.End())
        {
            Ended?.Invoke(id);
        }
    }

    /// <summary>Forgets ended sessions whose cookies have expired anyway (a cookie lasts at most one session length past it).</summary>
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

    private sealed class Session(string userName, CallerSession ticket)
    {
        private long _expiresTicks;

        public string UserName { get; } = userName;

        public CallerSession Ticket { get; } = ticket;

        public DateTimeOffset Expires
        {
            get => new(Interlocked.Read(ref _expiresTicks), TimeSpan.Zero);
            set => Interlocked.Exchange(ref _expiresTicks, value.UtcTicks);
        }
    }
}
