using CryoWeb.Controller.Alarms;
using LiteDB;

namespace CryoWeb.Controller.Storage;

/// <summary>Explicit mapping of <see cref="StoredAlarmEvent"/>; enums are stored by name so reordering them is harmless.</summary>
internal static class AlarmLogDocument
{
    public static BsonDocument ToBson(StoredAlarmEvent a) => new()
    {
        ["_id"] = ObjectId.NewObjectId(),
        ["ProcedureId"] = StoredValues.ToBson(a.ProcedureId),
        ["Time"] = StoredValues.ToBson(a.Time),
        ["Condition"] = a.Key.Condition.ToString(),
        ["Subject"] = a.Key.Subject,
        ["Priority"] = a.Priority.ToString(),
        ["Action"] = a.Action.ToString(),
        ["User"] = a.User is null ? BsonValue.Null : a.User,
    };

    public static StoredAlarmEvent FromBson(BsonDocument d) => new()
    {
        ProcedureId = StoredValues.GuidOrNull(d["ProcedureId"]),
        Time = StoredValues.FromBson(d["Time"]),
        Key = new AlarmKey(Enum.Parse<AlarmCondition>(d["Condition"].AsString), d["Subject"].AsInt32),
        Priority = Enum.Parse<AlarmPriority>(d["Priority"].AsString),
        Action = Enum.Parse<AlarmAction>(d["Action"].AsString),
        User = d["User"].IsNull ? null : d["User"].AsString,
    };
}
