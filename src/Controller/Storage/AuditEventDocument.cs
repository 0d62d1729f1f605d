using LiteDB;

namespace CryoWeb.Controller.Storage;

/// <summary>Explicit mapping of <see cref="AuditEvent"/>; the id is assigned once so a retried commit never duplicates it.</summary>
internal static class AuditEventDocument
{
    public static BsonDocument ToBson(AuditEvent e) => new()
    {
        ["_id"] = ObjectId.NewObjectId(),
        ["ProcedureId"] = StoredValues.ToBson(e.ProcedureId),
        ["Time"] = StoredValues.ToBson(e.Time),
        ["User"] = e.User,
        ["Client"] = e.ClientAddress,
        ["Command"] = e.Command,
        ["Parameters"] = e.Parameters,
        ["Outcome"] = e.Outcome,
    };

    public static AuditEvent FromBson(BsonDocument d) => new()
    {
        ProcedureId = StoredValues.GuidOrNull(d["ProcedureId"]),
        Time = StoredValues.FromBson(d["Time"]),
        User = d["User"].AsString,
        ClientAddress = d["Client"].AsString,
        Command = d["Command"].AsString,
        Parameters = d["Parameters"].AsString,
        Outcome = d["Outcome"].AsString,
    };
}
