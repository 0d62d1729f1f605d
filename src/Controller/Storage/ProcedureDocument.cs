using LiteDB;

namespace CryoWeb.Controller.Storage;

/// <summary>Explicit mapping of <see cref="ProcedureRecord"/> to its stored document (field names are the schema).</summary>
internal static class ProcedureDocument
{
    public static BsonDocument ToBson(ProcedureRecord p) => new()
    {
        ["_id"] = p.Id,
        ["Label"] = p.Label,
        ["Operator"] = p.Operator,
        ["Organ"] = p.Organ,
        ["Channels"] = new BsonArray(p.ChannelNames.Select(n => new BsonValue(n))),
        ["State"] = p.State.ToString(),
        ["Created"] = StoredValues.ToBson(p.CreatedAt),
        ["Started"] = StoredValues.ToBson(p.StartedAt),
        ["Ended"] = StoredValues.ToBson(p.EndedAt),
        ["Reviewed"] = p.Reviewed,
    };

    public static ProcedureRecord FromBson(BsonDocument d) => new()
    {
        Id = d["_id"].AsGuid,
        Label = d["Label"].AsString,
        Operator = d["Operator"].AsString,
        Organ = d["Organ"].AsString,
        ChannelNames = d["Channels"].AsArray.Select(v => v.AsString).ToArray(),
        State = Enum.Parse<ProcedureState>(d["State"].AsString),
        CreatedAt = StoredValues.FromBson(d["Created"]),
        StartedAt = StoredValues.FromBsonOrNull(d["Started"]),
        EndedAt = StoredValues.FromBsonOrNull(d["Ended"]),
        Reviewed = d["Reviewed"].AsBoolean,
    };
}
