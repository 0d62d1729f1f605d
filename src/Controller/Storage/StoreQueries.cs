using LiteDB;

namespace CryoWeb.Controller.Storage;

/// <summary>The read queries of <see cref="ProcedureStore"/>, run on the writer thread.</summary>
internal static class StoreQueries
{
    public static ProcedureRecord? GetProcedure(LiteDatabase db, Guid id) =>
        db.GetCollection(StoreCollections.Procedures).FindById(id) is { } d ? ProcedureDocument.FromBson(d) : null;

    /// <summary>All procedures, newest first.</summary>
    public static IReadOnlyList<ProcedureRecord> ListProcedures(LiteDatabase db) =>
        db.GetCollection(StoreCollections.Procedures).FindAll()
            .Select(ProcedureDocument.FromBson)
            .OrderByDescending(p => p.CreatedAt)
            .ToArray();

    /// <summary>Rows with <paramref name="from"/> &lt;= time &lt; <paramref name="to"/>, in time order.</summary>
    public static IReadOnlyList<SampleRow> ReadSamples(LiteDatabase db, Guid id, DateTimeOffset from, DateTimeOffset to)
    {
        var fromTicks = from.UtcTicks;
        var toTicks = to.UtcTicks;
        var rows = new List<SampleRow>();
        if (toTicks <= fromTicks)
        {
            return rows;
        }

        // A chunk spans at most MaxChunkLength, so the one holding `from` starts no earlier than that before it.
        var firstStart = Math.Max(0, fromTicks - StorageOptions.MaxChunkLength.Ticks);
        foreach (var chunk in db.GetCollection(StoreCollections.Chunks).Find(StoreSchema.ChunkRange(id, firstStart, toTicks)))
        {
            SampleChunk.ReadRows(chunk, fromTicks, toTicks, rows);
        }

        // Chunks come in start order and rows within a chunk never go back in time; only a clock step backwards
        // can make chunks overlap, and then a stable sort restores time order.
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].Time < rows[i - 1].Time)
            {
                return rows.OrderBy(r => r.Time).ToArray();
            }
        }

        return rows;
    }

    public static IReadOnlyList<AuditEvent> ReadEvents(LiteDatabase db, Guid procedureId) =>
        db.GetCollection(StoreCollections.Events).Find(Query.EQ("ProcedureId", procedureId))
            .OrderBy(d => d["Time"].AsInt64).ThenBy(d => d["_id"].AsObjectId)
            .Select(AuditEventDocument.FromBson)
            .ToArray();

    public static IReadOnlyList<StoredAlarmEvent> ReadAlarms(LiteDatabase db, Guid procedureId) =>
        db.GetCollection(StoreCollections.Alarms).Find(Query.EQ("ProcedureId", procedureId))
            .OrderBy(d => d["Time"].AsInt64).ThenBy(d => d["_id"].AsObjectId)
            .Select(AlarmLogDocument.FromBson)
            .ToArray();

    public static ProcedureAttachment? GetAttachment(LiteDatabase db, Guid procedureId, string kind) =>
        db.GetCollection(StoreCollections.Attachments).FindById(ProcedureAttachmentDocument.Id(procedureId, kind)) is { } d
            ? ProcedureAttachmentDocument.FromBson(d)
            : null;

    public static UserRecord? GetUser(LiteDatabase db, string userName) =>
        db.GetCollection(StoreCollections.Users).FindById(userName) is { } d ? UserDocument.FromBson(d) : null;

    public static IReadOnlyList<UserRecord> ListUsers(LiteDatabase db) =>
        db.GetCollection(StoreCollections.Users).FindAll().Select(UserDocument.FromBson).OrderBy(u => u.UserName, StringComparer.Ordinal).ToArray();

    public static string? GetSetting(LiteDatabase db, string key) =>
        db.GetCollection(StoreCollections.Settings).FindById(key) is { } d ? d["Value"].AsString : null;
}
