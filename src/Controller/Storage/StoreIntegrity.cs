using LiteDB;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// Verifies documents as the writer thread reads them. A damaged one is logged (Critical, naming where it is) and
/// marks the store damaged (<see cref="HealthTracker.Damage"/>: Failed, so the storage alarm sounds, until restart);
/// the caller then shows it as damaged, never as data. Documents written before checksums existed are read as
/// <see cref="RecordIntegrity.Unverified"/> and counted.
/// </summary>
internal sealed class StoreIntegrity(HealthTracker health, ILogger logger)
{
    private long _unverified;

    /// <summary>Documents read so far that carry no checksum (written by a version before checksums).</summary>
    public long UnverifiedReads => Interlocked.Read(ref _unverified);

    public RecordIntegrity Check(BsonDocument document, string what)
    {
        var integrity = DocumentSeal.Check(document);
        switch (integrity)
        {
            case RecordIntegrity.Damaged:
                Report(what);
                break;
            case RecordIntegrity.Unverified:
                Interlocked.Increment(ref _unverified);
                break;
        }

        return integrity;
    }

    /// <summary>The document if it is intact (or unverified); null, reported, if it is damaged.</summary>
    public BsonDocument? Intact(BsonDocument? document, string collection) =>
        document is null || Check(document, Where(collection, document)) != RecordIntegrity.Damaged ? document : null;

    /// <summary>The document, or <see cref="StoredRecordDamagedException"/> naming it if it is damaged.</summary>
    public BsonDocument? Required(BsonDocument? document, string collection) =>
        document is null || Check(document, Where(collection, document)) != RecordIntegrity.Damaged
            ? document
            : throw new StoredRecordDamagedException($"The stored record {Where(collection, document)} is damaged (it does not match its checksum) and cannot be shown.");

    public void Report(string what)
    {
        StorageLog.Damaged(logger, what);
        health.Damage(what);
    }

    public static string Where(string collection, BsonDocument document) =>
        document.TryGetValue("_id", out var id) ? $"'{id.RawValue}' in {collection}" : $"without id in {collection}";
}
