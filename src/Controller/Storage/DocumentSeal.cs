using System.Buffers.Binary;
using System.Security.Cryptography;
using LiteDB;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// The checksum stored in every document (field <see cref="Field"/>): the first 8 bytes of the SHA-256 of the
/// document's other fields, in ordinal key order, as LiteDB serializes them (so what is hashed at write is exactly what
/// is read back). LiteDB 5.0 verifies nothing on read; one flipped bit in a page (in an encrypted file, 16 garbled
/// bytes) changes the hash with certainty but for a 2^-64 chance. SHA-256 is in the framework and
/// hardware-accelerated (no package to add); a chunk of 1,000 rows of 16 channels hashes in tens of microseconds. It
/// guards against damage, not forgery: whoever can write the file with the key can also recompute it.
/// </summary>
internal static class DocumentSeal
{
    public const string Field = "Seal";

    /// <summary>Sets (or replaces) the document's checksum; returns the same document.</summary>
    public static BsonDocument Apply(BsonDocument document)
    {
        document[Field] = Compute(document);
        return document;
    }

    public static RecordIntegrity Check(BsonDocument document)
    {
        if (!document.TryGetValue(Field, out var seal))
        {
            return RecordIntegrity.Unverified;
        }

        return seal.IsInt64 && seal.AsInt64 == Compute(document) ? RecordIntegrity.Verified : RecordIntegrity.Damaged;
    }

    private static long Compute(BsonDocument document)
    {
        var canonical = new BsonDocument();
        foreach (var key in document.Keys.Where(k => !string.Equals(k, Field, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            canonical[key] = document[key];
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(BsonSerializer.Serialize(canonical), hash);
        return BinaryPrimitives.ReadInt64LittleEndian(hash);
    }
}
