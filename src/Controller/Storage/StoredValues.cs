using LiteDB;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// Conversions shared by the document mappings. Instants are stored as UTC ticks (Int64), not BSON dates: a BSON date keeps only milliseconds and LiteDB converts
/// it to local time when reading.
/// </summary>
internal static class StoredValues
{
    public static BsonValue ToBson(DateTimeOffset time) => time.UtcTicks;

    public static BsonValue ToBson(DateTimeOffset? time) => time is { } t ? t.UtcTicks : BsonValue.Null;

    public static DateTimeOffset FromBson(BsonValue value) => new(value.AsInt64, TimeSpan.Zero);

    public static DateTimeOffset? FromBsonOrNull(BsonValue value) => value.IsNull ? null : FromBson(value);

    public static BsonValue ToBson(Guid? id) => id is { } g ? g : BsonValue.Null;

    public static Guid? GuidOrNull(BsonValue value) => value.IsNull ? null : value.AsGuid;
}
