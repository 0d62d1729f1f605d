using LiteDB;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Storage;

/// <summary>What runs when the database is opened: indexes, and marking procedures left running as interrupted.</summary>
internal static class StoreSchema
{
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
    public static RecoveryReport MarkInterrupted(LiteDatabase db, ILogger logger)
    {
        var procedures = db.GetCollection(StoreCollections.Procedures);
        var running = procedures.Find(Query.EQ("State", nameof(ProcedureState.Running)))
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
                var endedAt = LastSampleTime(db, p.Id) ?? p.StartedAt ?? p.CreatedAt;
                procedures.Update(ProcedureDocument.ToBson(p with { State = ProcedureState.Interrupted, EndedAt = endedAt }));
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
    public static DateTimeOffset? LastSampleTime(LiteDatabase db, Guid procedureId)
    {
        var last = db.GetCollection(StoreCollections.Chunks).Query()
            .Where(ChunkRange(procedureId, 0))
            .OrderByDescending("_id")
            .Limit(1)
            .FirstOrDefault();
        return last is null ? null : SampleChunk.LastRowTime(last);
    }

    /// <summary>
    /// The procedure's chunks that start at or after <paramref name="fromUtcTicks"/> and before
    /// <paramref name="toUtcTicks"/>, in order of their start.
    /// </summary>
    public static BsonExpression ChunkRange(Guid procedureId, long fromUtcTicks, long toUtcTicks = long.MaxValue) =>
        Query.Between("_id", SampleChunk.ChunkId(procedureId, fromUtcTicks), SampleChunk.ChunkId(procedureId, toUtcTicks));
}
