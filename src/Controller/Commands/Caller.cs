namespace CryoWeb.Controller.Commands;

/// <summary>Who sends a command and from where, for authorisation and the audit trail.</summary>
public sealed record Caller(string User, ConsoleRole Role, string ClientAddress);
