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
    string? Reason)
{
    /// <summary>The entry for <paramref name="caller"/> running <paramref name="command"/> now, with its outcome.</summary>
    public static AuditEntry For(TimeProvider time, Caller? caller, string command, string parameters, Control.CommandOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(outcome);
        return new(time.GetUtcNow(), caller?.User ?? "(unknown)", caller?.Role ?? ConsoleRole.Reviewer, caller?.ClientAddress ?? string.Empty, command, parameters, outcome.Accepted, outcome.Reason);
    }
}
