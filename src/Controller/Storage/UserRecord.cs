namespace CryoWeb.Controller.Storage;

/// <summary>A console user as stored. The password hash is produced and checked by the web layer, never here.</summary>
public sealed record UserRecord
{
    public required string UserName { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>Operator, Supervisor, Reviewer or Admin.</summary>
    public required string Role { get; init; }

    public required string PasswordHash { get; init; }

    public bool Enabled { get; init; } = true;

    /// <summary>Wrong passwords in a row since the last successful sign-in or lockout (kept so a restart does not reset it).</summary>
    public int FailedSignIns { get; init; }

    /// <summary>Sign-in is refused until this time (UTC); null when not locked.</summary>
    public DateTimeOffset? LockedUntil { get; init; }
}
