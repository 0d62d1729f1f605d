using LiteDB;

namespace CryoWeb.Controller.Storage;

/// <summary>The read queries of <see cref="ProcedureStore"/>, run on the writer thread.</summary>
internal static class StoreQueries
{
    public static ProcedureRecord? GetProcedure(LiteDatabase db, StoreIntegrity integrity, Guid id) =>
        integrity.Required(db.GetCollection(StoreCollections.Procedures).FindById(id), StoreCollections.Procedures) is { } d ? ProcedureDocument.FromBson(d) : null;

    /// <summary>All procedures, newest first; a damaged one is left out (and reported: the store names it).</summary>
    public static IReadOnlyList<ProcedureRecord> ListProcedures(LiteDatabase db, StoreIntegrity integrity) =>
        db.GetCollection(StoreCollections.Procedures).FindAll()
            .Where(d => integrity.Intact(d, StoreCollections.Procedures) is not null)
            .Select(ProcedureDocument.FromBson)
            .OrderByDescending(p => p.CreatedAt)
            .ToArray();

    /// <summary>
    /// Rows with <paramref name="from"/> &lt;= time &lt; <paramref name="to"/>, in time order. A chunk that fails its
    /// checksum gives no values: one <see cref="SampleRow.Damaged"/> row at its start (or at <paramref name="from"/>)
    /// marks the gap, and the store is marked damaged.
    /// </summary>
    public static IReadOnlyList<SampleRow> ReadSamples(LiteDatabase db, StoreIntegrity integrity, Guid id, DateTimeOffset from, DateTimeOffset to)
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
        var chunks = db.GetCollection(StoreCollections.Chunks).Find(StoreSchema.ChunkRange(id, firstStart, toTicks)).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            var start = SampleChunk.StartFromId(chunk);
            var check = integrity.Check(chunk, $"'{chunk["_id"].RawValue}' in {StoreCollections.Chunks} (samples of procedure {id} from {new DateTimeOffset(Math.Clamp(start, 0, DateTime.MaxValue.Ticks), TimeSpan.Zero):O})");
            if (check != RecordIntegrity.Damaged && TryReadRows(chunk, fromTicks, toTicks, rows, check))
            {
                continue;
            }

            if (check != RecordIntegrity.Damaged)
            {
                integrity.Report($"'{chunk["_id"].RawValue}' in {StoreCollections.Chunks} (malformed, written before checksums)");
            }

            // Nothing of a damaged chunk is trusted but its key: mark the gap from where it starts, within the range;
            // one that starts before `from` and is followed by a chunk starting by then cannot cover the range.
            var followedBefore = i + 1 < chunks.Count && SampleChunk.StartFromId(chunks[i + 1]) <= fromTicks;
            if (start < toTicks && !(start < fromTicks && followedBefore))
            {
                rows.Add(SampleRow.Damaged(new DateTimeOffset(Math.Max(start, fromTicks), TimeSpan.Zero), ChannelCount(db, integrity, id, chunk)));
            }
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

    public static IReadOnlyList<AuditEvent> ReadEvents(LiteDatabase db, StoreIntegrity integrity, Guid procedureId) =>
        db.GetCollection(StoreCollections.Events).Find(Query.EQ("ProcedureId", procedureId))
            .Where(d => integrity.Intact(d, StoreCollections.Events) is not null)
            .OrderBy(d => d["Time"].AsInt64).ThenBy(d => d["_id"].AsObjectId)
            .Select(AuditEventDocument.FromBson)
            .ToArray();

    public static IReadOnlyList<StoredAlarmEvent> ReadAlarms(LiteDatabase db, StoreIntegrity integrity, Guid procedureId) =>
        db.GetCollection(StoreCollections.Alarms).Find(Query.EQ("ProcedureId", procedureId))
            .Where(d => integrity.Intact(d, StoreCollections.Alarms) is not null)
            .OrderBy(d => d["Time"].AsInt64).ThenBy(d => d["_id"].AsObjectId)
            .Select(AlarmLogDocument.FromBson)
            .ToArray();

    public static ProcedureAttachment? GetAttachment(LiteDatabase db, StoreIntegrity integrity, Guid procedureId, string kind) =>
        integrity.Required(db.GetCollection(StoreCollections.Attachments).FindById(ProcedureAttachmentDocument.Id(procedureId, kind)), StoreCollections.Attachments) is { } d
            ? ProcedureAttachmentDocument.FromBson(d)
            : null;

    public static UserRecord? GetUser(LiteDatabase db, StoreIntegrity integrity, string userName) =>
        integrity.Required(db.GetCollection(StoreCollections.Users).FindById(userName), StoreCollections.Users) is { } d ? UserDocument.FromBson(d) : null;

    public static IReadOnlyList<UserRecord> ListUsers(LiteDatabase db, StoreIntegrity integrity) =>
        db.GetCollection(StoreCollections.Users).FindAll().Where(d => integrity.Intact(d, StoreCollections.Users) is not null).Select(UserDocument.FromBson).OrderBy(u => u.UserName, StringComparer.Ordinal).ToArray();

    public static string? GetSetting(LiteDatabase db, StoreIntegrity integrity, string key) =>
        integrity.Required(db.GetCollection(StoreCollections.Settings).FindById(key), StoreCollections.Settings) is { } d ? d["Value"].AsString : null;

    private static bool TryReadRows(BsonDocument chunk, long fromTicks, long toTicks, List<SampleRow> rows, RecordIntegrity integrity)
    {
        try
        {
            SampleChunk.ReadRows(chunk, fromTicks, toTicks, rows, integrity);
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or InvalidCastException or ArgumentOutOfRangeException or KeyNotFoundException)
        {
            return false;
        }
    }

    /// <summary>How many channels the damaged marker row carries: the procedure's, as recorded when it was created.</summary>
    private static int ChannelCount(LiteDatabase db, StoreIntegrity integrity, Guid id, BsonDocument chunk)
    {
        if (integrity.Intact(db.GetCollection(StoreCollections.Procedures).FindById(id), StoreCollections.Procedures) is { } procedure
            && procedure.TryGetValue("Channels", out var names) && names.IsArray)
        {
            return names.AsArray.Count;
        }

        return chunk.TryGetValue("Channels", out var channels) && channels.IsInt32 ? Math.Clamp(channels.AsInt32, 0, 1024) : 0;
    }
}
