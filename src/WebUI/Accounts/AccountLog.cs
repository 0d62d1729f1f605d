namespace CryoWeb.WebUI.Accounts;

/// <summary>Log messages of the accounts area (source-generated).</summary>
internal static partial class AccountLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Sign-in to '{UserName}' from {ClientAddress} locked after wrong passwords (other clients are not affected).")]
    public static partial void Locked(ILogger logger, string userName, string clientAddress);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "No enabled Admin exists. Create the first one within this run from this machine: {Link}  (or, with the console stopped: `cryoweb users add NAME --role Admin --password-stdin` on an installed controller, `dotnet run --project src/WebUI -- users add ...` from a source tree)")]
    public static partial void SetupLink(ILogger logger, string link);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Could not tell whether an Admin exists; no set-up link offered.")]
    public static partial void SetupLinkFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Sign-in to '{UserName}' from {ClientAddress} refused: the stored user record is damaged ({Reason}). Restore the users from a backup, or an Admin re-creates the account.")]
    public static partial void DamagedUser(ILogger logger, string userName, string clientAddress, string reason);
}
