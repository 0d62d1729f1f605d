using System.Text;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// Keeps every document the writer stores within what LiteDB accepts, BEFORE it reaches the write transaction. LiteDB
/// 5.0.21 refuses a document over 16,683,050 bytes ("Document size exceed ... limit") and an index key over 1,023
/// bytes; such a refusal inside the commit would fail every retry and hold back everything queued after it. So a
/// document over <see cref="MaxDocumentBytes"/> has its long texts cut to <see cref="KeptTextLength"/> characters with
/// a note saying so (records), or is refused (attachments, whose JSON a cut would break; and any document that is
/// still too large, or whose id is too long to index), each with a logged reason. Nothing else is affected.
/// </summary>
internal static class DocumentSizeGuard
{
    /// <summary>A quarter of LiteDB's limit; a 1,000,000-character attachment (at most 3 MB of UTF-8) fits.</summary>
    public const int MaxDocumentBytes = 4 * 1024 * 1024;

    /// <summary>LiteDB refuses index keys of 1,024 bytes and more; ids are kept well below.</summary>
    public const int MaxIdBytes = 512;

    /// <summary>Characters a cut text keeps.</summary>
    public const int KeptTextLength = 4096;

    /// <summary>The document to store (possibly with texts cut), or null when it must not be stored.</summary>
    public static BsonDocument? Fit(BsonDocument document, string collection, bool mayCutTexts, ILogger logger)
    {
        if (document.TryGetValue("_id", out var id) && id.IsString && Encoding.UTF8.GetByteCount(id.AsString) > MaxIdBytes)
        {
            StorageLog.Oversized(logger, collection, Encoding.UTF8.GetByteCount(id.AsString), MaxIdBytes, "its id is too long to index: refused, not stored");
            return null;
        }

        long bytes = BsonSerializer.Serialize(document).Length;
        if (bytes <= MaxDocumentBytes)
        {
            return document;
        }

        if (mayCutTexts)
        {
            foreach (var key in document.Keys.Where(k => k != "_id").ToList())
            {
                document[key] = Cut(document[key]);
            }

            if (BsonSerializer.Serialize(document).Length <= MaxDocumentBytes)
            {
                StorageLog.Oversized(logger, collection, bytes, MaxDocumentBytes, $"texts over {KeptTextLength} characters were cut, with a note, and the rest stored");
                return document;
            }
        }

        StorageLog.Oversized(logger, collection, bytes, MaxDocumentBytes, "refused, not stored");
        return null;
    }

    private static BsonValue Cut(BsonValue value)
    {
        if (value.IsString && value.AsString.Length > KeptTextLength)
        {
            var text = value.AsString;
            var kept = char.IsHighSurrogate(text[KeptTextLength - 1]) ? KeptTextLength - 1 : KeptTextLength;
            return new BsonValue($"{text[..kept]} [cut by storage: {text.Length} characters were too long to store]");
        }

        if (value.IsArray)
        {
            return new BsonArray(value.AsArray.Select(Cut));
        }

        return value;
    }
}
