using LiteDB;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// Removes procedures that ended before a cut-off AND were reviewed, with their chunks, events, alarms and
/// attachments. Never a running or merely created procedure, never an unreviewed one: those are counted as kept.
/// </summary>
internal static class StoreRetention
{
    public static RetentionReport Apply(LiteDatabase db, StoreIntegrity integrity, DateTimeOffset cutoff)
    {
        var procedures = db.GetCollection(StoreCollections.Procedures);
        var chunks = db.GetCollection(StoreCollections.Chunks);
        var events = db.GetCollection(StoreCollections.Events);
        var alarms = db.GetCollection(StoreCollections.Alarms);
        var attachments = db.GetCollection(StoreCollections.Attachments);
        int deleted = 0, deletedChunks = 0, deletedEvents = 0, deletedAlarms = 0, deletedAttachments = 0, keptUnreviewed = 0;
        // A damaged procedure is never deleted on the strength of dates read from it (it is reported instead).
        foreach (var p in procedures.FindAll().Where(d => integrity.Intact(d, StoreCollections.Procedures) is not null).Select(ProcedureDocument.FromBson).ToList())
        {
            var ended = p.State is ProcedureState.Finished or ProcedureState.Interrupted;
            if (!ended || p.EndedAt is not { } endedAt || endedAt >= cutoff)
            {
                continue;
            }

            if (!p.Reviewed)
            {
                keptUnreviewed++;
                continue;
            }

            deletedChunks += chunks.DeleteMany(StoreSchema.ChunkRange(p.Id, 0));
            deletedEvents += events.DeleteMany(Query.EQ("ProcedureId", p.Id));
            deletedAlarms += alarms.DeleteMany(Query.EQ("ProcedureId", p.Id));
            deletedAttachments += attachments.DeleteMany(Query.EQ("ProcedureId", p.Id));
            deleted += procedures.Delete(p.Id) ? 1 : 0;
        }

        return new RetentionReport(deleted, deletedChunks, deletedEvents, deletedAlarms, deletedAttachments, keptUnreviewed);
    }
}
