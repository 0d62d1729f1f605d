namespace CryoWeb.Controller.Procedures;

/// <summary>
/// Audited commands that are security events (sign-ins, lockouts, user administration): they go to the console's audit
/// log (no procedure), never into the running procedure's record (issue 13: 14,352 refused sign-ins filled one).
/// </summary>
public static class SecurityAudit
{
    private static readonly HashSet<string> Commands = new(StringComparer.Ordinal)
    {
        "SignIn", "SignInRefusals", "SignInLockout", "SignOut", "AddUser", "DisableUser", "EnableUser", "ResetPassword", "ChangeRole",
    };

    public static bool IsSecurityEvent(string command) => Commands.Contains(command);
}
