namespace CryoWeb.Controller.Commands;

/// <summary>
/// One line of the audit trail: who asked for what, from where, and what came of it. The parameters and the reason
/// are kept to <see cref="MaxParametersLength"/> and <see cref="MaxReasonLength"/> characters without control or
/// text-direction characters: a refused command is audited with what it was sent.
/// </summary>
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
    public const int MaxParametersLength = 500;

    public const int MaxReasonLength = 1000;

    /// <summary>The entry for <paramref name="caller"/> running <paramref name="command"/> now, with its outcome.</summary>
    public static AuditEntry For(TimeProvider time, Caller? caller, string command, string parameters, Outcomes.CommandOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(outcome);
        return new(time.GetUtcNow(), caller?.User ?? "(unknown)", caller?.Role ?? ConsoleRole.Reviewer, caller?.ClientAddress ?? string.Empty, command,
            Text.ClinicalText.ForRecord(parameters, MaxParametersLength), outcome.Accepted, outcome.Reason is null ? null : Text.ClinicalText.ForRecord(outcome.Reason, MaxReasonLength));
    }
}
