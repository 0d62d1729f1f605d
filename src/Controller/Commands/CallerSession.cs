using CryoWeb.Controller.CommandService;
namespace CryoWeb.Controller.Commands;

/// <summary>
/// The signed-in session a command comes from, as the command layer sees it: open until its user signs out, is
/// disabled, has the role or password changed, or stays idle past the session length. The accounts layer owns it and
/// ends it; every command checks it at the moment it runs (<see cref="ConsoleCommandService.Authorise"/>), so a page
/// left open by a user who was just removed can no longer act, whatever the transport. Thread-safe.
/// </summary>
public sealed class CallerSession(string id)
{
    private int _ended;

    /// <summary>The session's id (the claim carried by the cookie or token).</summary>
    public string Id { get; } = id;

    public bool IsOpen => Volatile.Read(ref _ended) == 0;

    /// <summary>Ends the session for good; true the first time.</summary>
    public bool End() => Interlocked.Exchange(ref _ended, 1) == 0;
}
