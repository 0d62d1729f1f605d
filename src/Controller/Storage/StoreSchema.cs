using LiteDB;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Storage;

/// <summary>What runs when the database is opened: indexes, and marking procedures left running as interrupted.</summary>
internal static class StoreSchema
{
    /// <summary>
    /// At first open, reads every user, setting and procedure (small collections): a page LiteDB cannot read throws
    /// (the open fails, naming the collection, and start-up stops); a record that fails its checksum is reported.
    /// </summary>
    public static void VerifyRecords(LiteDatabase db, StoreIntegrity integrity)
    {
        foreach (var collection in (string[])[StoreCollections.Users, StoreCollections.Settings, StoreCollections.Procedures])
        {
            try
            {
                foreach (var document in db.GetCollection(collection).FindAll())
                {
                    integrity.Intact(document, collection);
                }
            }
            catch (Exception e) when (e is LiteException or InvalidCastException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
            {
                throw new InvalidDataException($"the {collection} records cannot be read ({e.GetType().Name}: {e.Message})", e);
            }
        }
    }

    public static void EnsureIndexes(LiteDatabase db)
    {
        db.GetCollection(StoreCollections.Events).EnsureIndex("ProcedureId");
        db.GetCollection(StoreCollections.Alarms).EnsureIndex("ProcedureId");
        db.GetCollection(StoreCollections.Attachments).EnsureIndex("ProcedureId");
    }

    /// <summary>
    /// Every procedure still Running was recording when the process died: mark it Interrupted, ending at its last
    /// stored sample (or its start if none was stored). Samples are left exactly as committed.
    /// </summary>
    public static RecoveryReport MarkInterrupted(LiteDatabase db, StoreIntegrity integrity, ILogger logger)
    {
        var procedures = db.GetCollection(StoreCollections.Procedures);
        var running = procedures.Find(Query.EQ("State", nameof(ProcedureState.Running)))
            .Where(d => integrity.Intact(d, StoreCollections.Procedures) is not null)
            .Select(ProcedureDocument.FromBson)
            .ToList();
        if (running.Count == 0)
        {
            return new RecoveryReport([]);
        }

        db.BeginTrans();
        try
        {
            foreach (var p in running)
            {
                var endedAt = LastSampleTime(db, integrity, p.Id) ?? p.StartedAt ?? p.CreatedAt;
                procedures.Update(DocumentSeal.Apply(ProcedureDocument.ToBson(p with { State = ProcedureState.Interrupted, EndedAt = endedAt })));
                StorageLog.MarkedInterrupted(logger, p.Id, endedAt);
            }

            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }

        return new RecoveryReport(running.Select(p => p.Id).ToArray());
    }

    /// <summary>Time of the last stored sample of a procedure: the last row of its last chunk by id (= by start time).</summary>
    public static DateTimeOffset? LastSampleTime(LiteDatabase db, StoreIntegrity integrity, Guid procedureId)
    {
        var last = db.GetCollection(StoreCollections.Chunks).Query()
            .Where(ChunkRange(procedureId, 0))
            .OrderByDescending("_id")
            .Limit(1)
            .FirstOrDefault();
        return integrity.Intact(last, StoreCollections.Chunks) is { } intact ? SampleChunk.LastRowTime(intact) : null;
    }

    /// <summary>
    /// The procedure's chunks that start at or after <paramref name="fromUtcTicks"/> and before
    /// <paramref name="toUtcTicks"/>, in order of their start.
    /// </summary>
    public static BsonExpression ChunkRange(Guid procedureId, long fromUtcTicks, long toUtcTicks = long.MaxValue) =>
        Query.Between("_id", SampleChunk.ChunkId(procedureId, fromUtcTicks), SampleChunk.ChunkId(procedureId, toUtcTicks));
}
