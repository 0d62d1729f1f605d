using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// Authentication state of interactive (circuit) pages. The moment the circuit's session ends (signed out elsewhere,
/// the user disabled, its role or password changed, idle past the session length) the state becomes anonymous: the
/// page's controls go, and the router sends the browser to the sign-in page, which ends the circuit. The periodic
/// re-check (<see cref="Interval"/>) stays as a second line.
/// </summary>
public sealed class SessionRevalidator : RevalidatingServerAuthenticationStateProvider
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private static readonly Task<AuthenticationState> Anonymous = Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity())));
    private readonly SessionRegistry _sessions;
    private string? _sessionId;

    public SessionRevalidator(ILoggerFactory loggerFactory, SessionRegistry sessions)
        : base(loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        _sessions = sessions;
        _sessions.Ended += OnSessionEnded;
        AuthenticationStateChanged += Follow;
    }

    protected override TimeSpan RevalidationInterval => Interval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        Task.FromResult(IsStillValid(authenticationState));

    internal bool IsStillValid(AuthenticationState? state) => _sessions.IsOpen(state?.User);

    /// <summary>The session this page follows (set once its authentication state is known).</summary>
    internal string? FollowedSession => Volatile.Read(ref _sessionId);

    private void Follow(Task<AuthenticationState> state) =>
        _ = state.ContinueWith(t => Volatile.Write(ref _sessionId, t.IsCompletedSuccessfully ? SessionRegistry.SessionId(t.Result.User) : null), TaskScheduler.Default);

    private void OnSessionEnded(string sessionId)
    {
        if (Volatile.Read(ref _sessionId) == sessionId)
        {
            Volatile.Write(ref _sessionId, null);
            SetAuthenticationState(Anonymous);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sessions.Ended -= OnSessionEnded;
            AuthenticationStateChanged -= Follow;
        }

        base.Dispose(disposing);
    }
}
