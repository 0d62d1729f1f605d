namespace CryoWeb.Controller.Storage;

/// <summary>
/// The password that encrypts the recording database at rest (LiteDB AES), and where it came from (for the log; the
/// key itself is never logged). <see cref="Password"/> null: the database is not encrypted.
/// </summary>
public sealed record DatabaseKey(string? Password, string Origin)
{
    public static DatabaseKey None { get; } = new(null, "none");

    public override string ToString() => Password is null ? "no database key" : $"database key from {Origin}";
}
