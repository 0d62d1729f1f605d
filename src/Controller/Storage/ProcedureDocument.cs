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
        ["Sensors"] = new BsonArray(p.Sensors.Select(SensorToBson)),
        ["ProbeTips"] = new BsonArray(p.ProbeTipChannels.Select(c => new BsonValue(c))),
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
        Sensors = d.TryGetValue("Sensors", out var sensors) && sensors.IsArray ? [.. sensors.AsArray.Select(s => SensorFromBson(s.AsDocument))] : [],
        ProbeTipChannels = d.TryGetValue("ProbeTips", out var tips) && tips.IsArray ? [.. tips.AsArray.Select(v => v.AsInt32)] : [],
    };

    private static BsonValue SensorToBson(RecordedSensor s) => new BsonDocument
    {
        ["Channel"] = s.Channel,
        ["Name"] = s.Name,
        ["Role"] = s.Role.ToString(),
        ["Limit"] = s.LimitCelsius,
        ["Action"] = s.Action.ToString(),
        ["Linked"] = new BsonArray(s.LinkedProbes.Select(p => new BsonValue(p))),
    };

    private static RecordedSensor SensorFromBson(BsonDocument d) => new(
        d["Channel"].AsInt32,
        d["Name"].AsString,
        Enum.Parse<Safety.SensorRole>(d["Role"].AsString),
        d["Limit"].AsDouble,
        Enum.Parse<Safety.ProtectiveAction>(d["Action"].AsString),
        [.. d["Linked"].AsArray.Select(v => v.AsInt32)]);
}
