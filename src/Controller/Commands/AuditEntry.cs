namespace CryoWeb.Controller.Commands;

/// <summary>One line of the audit trail: who asked for what, from where, and what came of it.</summary>
public sealed record AuditEntry(
    DateTimeOffset Time,
    string User,
    ConsoleRole Role,
    string ClientAddress,
    string Command,
    string Parameters,
    bool Accepted,
    string? Reason);
