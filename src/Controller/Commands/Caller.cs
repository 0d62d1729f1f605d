namespace CryoWeb.Controller.Commands;

/// <summary>
/// Who sends a command and from where, for authorisation and the audit trail. <paramref name="Session"/> is the
/// signed-in session behind a person's command (checked when the command runs); null for the console's own local
/// callers (the command line on the controller, the first-Admin set-up link), which have no session to end.
/// </summary>
public sealed record Caller(string User, ConsoleRole Role, string ClientAddress, CallerSession? Session = null);
