using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// Marks an ended procedure reviewed (which lets retention delete it later). Reviewers and Admins only, checked here
/// whatever the page showed; every attempt, refused or not, is audited in that procedure's record.
/// </summary>
public sealed class ReviewMarker(ProcedureStore store, TimeProvider time)
{
    public const string Command = "MarkReviewed";

    public static bool MayMark(ConsoleRole role) => role is ConsoleRole.Reviewer or ConsoleRole.Admin;

    public async Task<CommandOutcome> MarkAsync(Caller? caller, Guid procedureId)
    {
        var record = await store.GetProcedureAsync(procedureId).ConfigureAwait(false);
        var outcome = caller is null || !MayMark(caller.Role)
            ? CommandOutcome.Refused($"role: {caller?.Role.ToString() ?? "anonymous"} may not mark procedures reviewed (Reviewer or Admin).")
            : record is null
                ? CommandOutcome.Refused($"procedureId: {procedureId} is not a recorded procedure.")
                : record.State is not (ProcedureState.Finished or ProcedureState.Interrupted)
                    ? CommandOutcome.Refused($"procedureId: {procedureId} is {record.State}; only an ended procedure can be marked reviewed.")
                    : CommandOutcome.Ok;
        if (outcome.Accepted && !store.MarkReviewed(procedureId))
        {
            outcome = CommandOutcome.Refused($"storage: the mark could not be saved ({store.Health.Reason ?? "queue full"}).");
        }

        var entry = AuditEntry.For(time, caller, Command, $"procedureId={procedureId}", outcome);
        store.RecordEvent(new AuditEvent
        {
            ProcedureId = record is null ? null : procedureId,
            Time = entry.Time,
            User = $"{entry.User} ({entry.Role})",
            ClientAddress = entry.ClientAddress,
            Command = Command,
            Parameters = entry.Parameters,
            Outcome = outcome.Accepted ? "accepted" : $"refused: {outcome.Reason}",
        });
        await store.FlushAsync().ConfigureAwait(false);
        return outcome;
    }
}
