using LiteDB;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// Attachments waiting on the writer for the next commit, only the latest per procedure and kind: an estimate saved
/// every second while the store is Failed holds one document in memory, not one per save. Writer thread only.
/// </summary>
internal sealed class PendingAttachmentSet
{
    private readonly Dictionary<string, ProcedureAttachment> _latest = new(StringComparer.Ordinal);

    public int Count => _latest.Count;

    /// <summary>Holds <paramref name="attachment"/>, replacing one of the same procedure and kind not yet committed.</summary>
    public void Hold(ProcedureAttachment attachment) =>
        _latest[ProcedureAttachmentDocument.Id(attachment.ProcedureId, attachment.Kind)] = attachment;

    /// <summary>
    /// Upserts every held attachment inside the open transaction, after the pending procedures were written (so one
    /// created in the same round is found). One whose procedure does not exist is skipped with a warning: it could
    /// never be read through a procedure nor removed by retention.
    /// </summary>
    public void WriteAll(LiteDatabase db, ILogger logger)
    {
        var procedures = db.GetCollection(StoreCollections.Procedures);
        var attachments = db.GetCollection(StoreCollections.Attachments);
        foreach (var a in _latest.Values)
        {
            if (procedures.FindById(a.ProcedureId) is null)
            {
                StorageLog.AttachmentForUnknownProcedure(logger, a.Kind, a.ProcedureId);
                continue;
            }

            if (DocumentSizeGuard.Fit(ProcedureAttachmentDocument.ToBson(a), StoreCollections.Attachments, mayCutTexts: false, logger) is { } document)
            {
                attachments.Upsert(DocumentSeal.Apply(document));
            }
        }
    }

    /// <summary>Forgets everything held; called only after the commit that wrote it succeeded.</summary>
    public void Clear() => _latest.Clear();
}
