using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// Authentication state of interactive (circuit) pages: re-checked every <see cref="Interval"/>, so a user disabled by
/// an Admin, signed out elsewhere or idle past the session length loses the live page within a minute.
/// </summary>
public sealed class SessionRevalidator(ILoggerFactory loggerFactory, SessionRegistry sessions) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override TimeSpan RevalidationInterval => Interval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        IsStillValidAsync(authenticationState);

    internal Task<bool> IsStillValidAsync(AuthenticationState state) => sessions.IsOpenAsync(state?.User);
}
