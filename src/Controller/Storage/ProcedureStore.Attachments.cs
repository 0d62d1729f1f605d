namespace CryoWeb.Controller.Storage;

/// <summary>JSON documents kept per procedure and kind (plan, iceball estimate, ...).</summary>
public sealed partial class ProcedureStore
{
    /// <summary>
    /// Queues an upsert of the procedure's attachment of that kind (the latest save wins). False if the queue refused
    /// it. The procedure must exist when the attachment is committed (it may be created earlier in the same commit);
    /// otherwise the attachment is skipped with a warning on the writer thread, never written as an orphan.
    /// </summary>
    /// <exception cref="ArgumentException">Kind is not 1-40 characters of a-z, 0-9 and '-', or Json is empty or longer than <see cref="ProcedureAttachment.MaxJsonLength"/>.</exception>
    public bool SaveAttachment(ProcedureAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        if (!ProcedureAttachment.IsValidKind(attachment.Kind))
        {
            throw new ArgumentException(
                $"Kind must be 1-{ProcedureAttachment.MaxKindLength} characters of a-z, 0-9 and '-', not \"{Shorten(attachment.Kind)}\".",
                nameof(attachment));
        }

        if (!ProcedureAttachment.IsValidJson(attachment.Json))
        {
            throw new ArgumentException(
                $"Json must be 1-{ProcedureAttachment.MaxJsonLength} characters, not {attachment.Json?.Length ?? 0}.",
                nameof(attachment));
        }

        return Enqueue(attachment);
    }

    /// <summary>The procedure's attachment of that kind, or null if none is stored.</summary>
    public Task<ProcedureAttachment?> GetAttachmentAsync(Guid procedureId, string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return Read(db => StoreQueries.GetAttachment(db, _integrity, procedureId, kind));
    }

    private static string Shorten(string? text) =>
        text is null ? "" : text.Length <= ProcedureAttachment.MaxKindLength + 10 ? text : text[..(ProcedureAttachment.MaxKindLength + 10)] + "...";
}
