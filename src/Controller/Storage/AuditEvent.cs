namespace CryoWeb.Controller.Storage;

/// <summary>
/// One audited command: who did what, when, from which client, with which parameters, and how it ended.
/// <see cref="ProcedureId"/> is null for events outside a procedure (log-in, settings).
/// </summary>
public sealed record AuditEvent
{
    public Guid? ProcedureId { get; init; }

    public required DateTimeOffset Time { get; init; }

    public required string User { get; init; }

    /// <summary>Remote address of the client that sent the command, or "console" for the controller itself.</summary>
    public required string ClientAddress { get; init; }

    public required string Command { get; init; }

    /// <summary>The command's parameters as the command layer formatted them (for example JSON).</summary>
    public string Parameters { get; init; } = "";

    /// <summary>Accepted, rejected with the reason, failed with the reason.</summary>
    public required string Outcome { get; init; }
}
