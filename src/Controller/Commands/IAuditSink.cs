namespace CryoWeb.Controller.Commands;

/// <summary>Where audit entries go (the procedure store; a memory trail in tests). Must not throw into the caller.</summary>
public interface IAuditSink
{
    void Record(AuditEntry entry);
}
