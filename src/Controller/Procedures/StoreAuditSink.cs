using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Storage;

namespace CryoWeb.Controller.Procedures;

/// <summary>
/// Writes the audit trail into the store and keeps the recent entries in memory: commands are tagged with the running
/// procedure (its record), security events (<see cref="SecurityAudit"/>) go to the console's audit log (no procedure).
/// </summary>
public sealed class StoreAuditSink(ProcedureStore store, SampleRecorder recorder, MemoryAuditTrail recent) : IAuditSink
{
    public void Record(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        recent.Record(entry);
        store.RecordEvent(new AuditEvent
        {
            ProcedureId = SecurityAudit.IsSecurityEvent(entry.Command) ? null : recorder.Recording,
            Time = entry.Time,
            User = $"{entry.User} ({entry.Role})",
            ClientAddress = entry.ClientAddress,
            Command = entry.Command,
            Parameters = entry.Parameters,
            Outcome = entry.Accepted ? "accepted" : $"refused: {entry.Reason}",
        });
    }
}
