using LiteDB;

namespace CryoWeb.Controller.Storage;

/// <summary>A document waiting on the writer for the next commit; upserted by id, so a retry is harmless.</summary>
internal sealed record PendingDocument(string Collection, BsonDocument Document);
