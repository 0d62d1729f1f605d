using LiteDB;

namespace CryoWeb.Controller.Storage;

/// <summary>Explicit mapping of <see cref="UserRecord"/>, keyed by user name.</summary>
internal static class UserDocument
{
    public static BsonDocument ToBson(UserRecord u) => new()
    {
        ["_id"] = u.UserName,
        ["DisplayName"] = u.DisplayName,
        ["Role"] = u.Role,
        ["PasswordHash"] = u.PasswordHash,
        ["Enabled"] = u.Enabled,
    };

    public static UserRecord FromBson(BsonDocument d) => new()
    {
        UserName = d["_id"].AsString,
        DisplayName = d["DisplayName"].AsString,
        Role = d["Role"].AsString,
        PasswordHash = d["PasswordHash"].AsString,
        Enabled = d["Enabled"].AsBoolean,
    };
}
