namespace CryoWeb.WebUI.Accounts;

/// <summary>The "Accounts" configuration section: lockout and session length.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>Wrong passwords in a row from one client that lock the account from that client (see <see cref="SignInLockouts"/>).</summary>
    public int LockoutAttempts { get; set; } = 5;

    /// <summary>How long the first lock lasts; each repeat from the same client lasts twice as long (at most a day).</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Idle time after which a session (cookie, bearer token, live page) ends; sliding.</summary>
    public int SessionMinutes { get; set; } = 30;

    public TimeSpan Lockout => TimeSpan.FromMinutes(LockoutMinutes);

    public TimeSpan Session => TimeSpan.FromMinutes(SessionMinutes);

    /// <summary>The first setting out of range, named, or null when all are fine.</summary>
    public string? Problem() =>
        LockoutAttempts is < 1 or > 100 ? $"Accounts:LockoutAttempts: {LockoutAttempts} is out of range (1 to 100)."
        : LockoutMinutes is < 1 or > 1440 ? $"Accounts:LockoutMinutes: {LockoutMinutes} is out of range (1 to 1440)."
        : SessionMinutes is < 1 or > 1440 ? $"Accounts:SessionMinutes: {SessionMinutes} is out of range (1 to 1440)."
        : null;
}
