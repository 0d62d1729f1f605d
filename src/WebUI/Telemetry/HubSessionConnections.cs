using System.Collections.Concurrent;
using CryoWeb.WebUI.Accounts;
using Microsoft.AspNetCore.SignalR;

namespace CryoWeb.WebUI.Telemetry;

/// <summary>
/// The open telemetry hub connections by the session they were opened with. When a session ends (sign-out, the user
/// disabled or demoted, idle) its connections are aborted at once, so a removed user stops receiving the patient's
/// live data and can send nothing more. A connection whose session is not open is refused at connect.
/// </summary>
public sealed class HubSessionConnections : IDisposable
{
    private readonly ConcurrentDictionary<string, (string SessionId, HubCallerContext Context)> _connections = new(StringComparer.Ordinal);
    private readonly SessionRegistry _sessions;

    public HubSessionConnections(SessionRegistry sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        _sessions = sessions;
        _sessions.Ended += AbortAll;
    }

    /// <summary>Open connections (tests and diagnostics).</summary>
    public int Count => _connections.Count;

    /// <summary>Tracks <paramref name="context"/>; false when its session is not open (the caller aborts it).</summary>
    public bool Add(HubCallerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (SessionRegistry.SessionId(context.User) is not { } sessionId || !_sessions.IsOpen(context.User))
        {
            return false;
        }

        _connections[context.ConnectionId] = (sessionId, context);

        // The session may have ended between the check and the add: then nobody else will abort this one.
        if (!_sessions.IsOpen(context.User))
        {
            _connections.TryRemove(context.ConnectionId, out _);
            return false;
        }

        return true;
    }

    /// <summary>Forgets a closed connection; true when it was tracked.</summary>
    public bool Remove(HubCallerContext context) => _connections.TryRemove(context?.ConnectionId ?? string.Empty, out _);

    private void AbortAll(string sessionId)
    {
        foreach (var (_, connection) in _connections)
        {
            if (connection.SessionId == sessionId)
            {
                connection.Context.Abort();
            }
        }
    }

    public void Dispose() => _sessions.Ended -= AbortAll;
}
