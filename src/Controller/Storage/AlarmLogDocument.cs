using CryoWeb.Controller.Alarms;
using LiteDB;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Storage;

/// <summary>Explicit mapping of <see cref="StoredAlarmEvent"/>; enums are stored by name so reordering them is harmless.</summary>
internal static class AlarmLogDocument
{
    public static BsonDocument ToBson(StoredAlarmEvent a) => new()
    {
        ["_id"] = ObjectId.NewObjectId(),
        ["ProcedureId"] = StoredValues.ToBson(a.ProcedureId),
        ["Time"] = StoredValues.ToBson(a.Time),
        ["Condition"] = a.Key is { } key ? key.Condition.ToString() : BsonValue.Null,
        ["Subject"] = a.Key?.Subject ?? -1,
        ["Priority"] = a.Priority is { } priority ? priority.ToString() : BsonValue.Null,
        ["AlarmId"] = a.AlarmId is { } id ? id : BsonValue.Null,
        ["Detail"] = a.Detail is null ? BsonValue.Null : a.Detail,
        ["Action"] = a.Action.ToString(),
        ["User"] = a.User is null ? BsonValue.Null : a.User,
    };

    public static StoredAlarmEvent FromBson(BsonDocument d) => new()
    {
        ProcedureId = StoredValues.GuidOrNull(d["ProcedureId"]),
        Time = StoredValues.FromBson(d["Time"]),
        Key = d["Condition"].IsNull ? null : new AlarmKey(Enum.Parse<AlarmCondition>(d["Condition"].AsString), d["Subject"].AsInt32),
        Priority = d["Priority"].IsNull ? null : Enum.Parse<AlarmPriority>(d["Priority"].AsString),
        AlarmId = d["AlarmId"].IsNull ? null : d["AlarmId"].AsInt64,
        Detail = d["Detail"].IsNull ? null : d["Detail"].AsString,
        Action = Enum.Parse<AlarmAction>(d["Action"].AsString),
        User = d["User"].IsNull ? null : d["User"].AsString,
    };
}
