using System.Security.Claims;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// A live page open on a running procedure is in use even when nobody touches it (a 10-minute freeze is watched, not
/// clicked): it keeps its session open, at most one touch a minute, so the idle timeout never blanks the OR's view
/// mid-procedure. Without a running procedure, or once the tab is closed, the idle timeout applies as usual; disabling
/// the user or signing out still ends the session at once. One per live circuit; not thread-safe.
/// </summary>
public sealed class LiveSessionKeeper(SessionRegistry sessions, TimeProvider time)
{
    public static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    private DateTimeOffset _lastTouch = DateTimeOffset.MinValue;

    /// <summary>Called on each refresh of the live page with whether a procedure runs.</summary>
    public void Seen(ClaimsPrincipal? user, bool procedureRunning)
    {
        var now = time.GetUtcNow();
        if (procedureRunning && now - _lastTouch >= TouchEvery)
        {
            _lastTouch = now;
            sessions.Touch(user);
        }
    }
}
