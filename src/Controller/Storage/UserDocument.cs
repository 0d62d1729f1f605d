using LiteDB;

namespace CryoWeb.Controller.Storage;

/// <summary>Explicit mapping of <see cref="UserRecord"/>, keyed by user name. Documents written before the lockout fields load as never failed, not locked.</summary>
internal static class UserDocument
{
    public static BsonDocument ToBson(UserRecord u) => new()
    {
        ["_id"] = u.UserName,
        ["DisplayName"] = u.DisplayName,
        ["Role"] = u.Role,
        ["PasswordHash"] = u.PasswordHash,
        ["Enabled"] = u.Enabled,
        ["FailedSignIns"] = u.FailedSignIns,
        ["LockedUntilMs"] = u.LockedUntil is { } until ? until.ToUnixTimeMilliseconds() : BsonValue.Null,
    };

    public static UserRecord FromBson(BsonDocument d) => new()
    {
        UserName = d["_id"].AsString,
        DisplayName = d["DisplayName"].AsString,
        Role = d["Role"].AsString,
        PasswordHash = d["PasswordHash"].AsString,
        Enabled = d["Enabled"].AsBoolean,
        FailedSignIns = d.TryGetValue("FailedSignIns", out var failed) && failed.IsNumber ? failed.AsInt32 : 0,
        LockedUntil = d.TryGetValue("LockedUntilMs", out var until) && until.IsNumber ? DateTimeOffset.FromUnixTimeMilliseconds(until.AsInt64) : null,
    };
}
