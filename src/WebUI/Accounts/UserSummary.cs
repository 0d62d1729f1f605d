namespace CryoWeb.WebUI.Accounts;

/// <summary>One user as the admin page and the CLI show it: never the password hash.</summary>
public sealed record UserSummary(string UserName, string Role, bool Enabled, DateTimeOffset? LockedUntil)
{
    public bool Locked => LockedUntil is not null;
}
