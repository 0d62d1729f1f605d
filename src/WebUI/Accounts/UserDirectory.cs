using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Storage;
using Microsoft.AspNetCore.Identity;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// The console's users over <see cref="ProcedureStore"/>: Admins add, disable, enable, reset and change role (each
/// audited, never with a password); sign-in checks the hashed password and locks the account after
/// <see cref="AccountOptions.LockoutAttempts"/> wrong ones in a row. Lockout state is stored, so a restart keeps it.
/// Changes are serialised in this process; the database file is held by one process at a time.
/// </summary>
public sealed class UserDirectory(ProcedureStore store, IAuditSink audit, TimeProvider time, AccountOptions options, ILogger<UserDirectory> logger) : IDisposable
{
    /// <summary>The one answer to a refused sign-in: it never tells whether the user name exists.</summary>
    public const string SignInRefused = "Sign-in refused: wrong user name or password, or the account is disabled or locked for a while.";

    private static readonly PasswordHasher<UserRecord> Hasher = new();
    private static readonly UserRecord Nobody = new() { UserName = "-", DisplayName = "-", Role = "-", PasswordHash = string.Empty };
    private static readonly string NobodyHash = Hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
    private readonly SemaphoreSlim _gate = new(1, 1);

    public AccountOptions Options => options;

    /// <summary>Raised with the user name after a change that must end the user's open sessions (disable, role, password).</summary>
    public event Action<string>? UserChanged;

    /// <summary>Every user, by name; an expired lock shows as not locked.</summary>
    public async Task<IReadOnlyList<UserSummary>> ListAsync()
    {
        var now = time.GetUtcNow();
        var users = await store.ListUsersAsync().ConfigureAwait(false);
        return [.. users.Select(u => new UserSummary(u.UserName, u.Role, u.Enabled, u.LockedUntil > now ? u.LockedUntil : null))];
    }

    /// <summary>True when at least one enabled Admin exists (else the set-up link is offered).</summary>
    public async Task<bool> AnyEnabledAdminAsync() =>
        (await store.ListUsersAsync().ConfigureAwait(false)).Any(IsEnabledAdmin);

    /// <summary>True when <paramref name="userName"/> exists, is enabled and still has <paramref name="role"/> (sessions are re-checked with it).</summary>
    public async Task<bool> IsActiveAsync(string userName, string role) =>
        await store.GetUserAsync(userName).ConfigureAwait(false) is { Enabled: true } user && user.Role == role;

    public Task<CommandOutcome> AddAsync(Caller caller, string? userName, string? role, string? password) =>
        Change(caller, "AddUser", $"userName={userName} role={role}", endsSessions: null, async () =>
        {
            var parsed = UserRules.ParseRole(role);
            string? problem = UserRules.UserNameProblem(userName) ?? (parsed is null ? UserRules.RoleProblem(role) : null) ?? UserRules.PasswordProblem(password);
            if (problem is not null)
            {
                return CommandOutcome.Refused(problem);
            }

            if (await store.GetUserAsync(userName!).ConfigureAwait(false) is not null)
            {
                return CommandOutcome.Refused($"userName: '{userName}' is already taken.");
            }

            var user = new UserRecord { UserName = userName!, DisplayName = userName!, Role = parsed!.Value.ToString(), PasswordHash = string.Empty };
            return await Save(user with { PasswordHash = Hasher.HashPassword(user, password!) }).ConfigureAwait(false);
        });

    public Task<CommandOutcome> SetEnabledAsync(Caller caller, string? userName, bool enabled) =>
        Change(caller, enabled ? "EnableUser" : "DisableUser", $"userName={userName}", enabled ? null : userName, () => Update(userName, async user =>
            !enabled && await IsLastEnabledAdmin(user).ConfigureAwait(false)
                ? CommandOutcome.Refused($"userName: '{user.UserName}' is the last enabled Admin; add another Admin first.")
                : await Save(user with { Enabled = enabled }).ConfigureAwait(false)));

    /// <summary>Sets a new password and lifts any lockout.</summary>
    public Task<CommandOutcome> ResetPasswordAsync(Caller caller, string? userName, string? password) =>
        Change(caller, "ResetPassword", $"userName={userName}", userName, () => Update(userName, async user =>
            UserRules.PasswordProblem(password) is string problem
                ? CommandOutcome.Refused(problem)
                : await Save(user with { PasswordHash = Hasher.HashPassword(user, password!), FailedSignIns = 0, LockedUntil = null }).ConfigureAwait(false)));

    public Task<CommandOutcome> ChangeRoleAsync(Caller caller, string? userName, string? role) =>
        Change(caller, "ChangeRole", $"userName={userName} role={role}", userName, () => Update(userName, async user =>
        {
            if (UserRules.ParseRole(role) is not { } parsed)
            {
                return CommandOutcome.Refused(UserRules.RoleProblem(role));
            }

            return parsed != ConsoleRole.Admin && await IsLastEnabledAdmin(user).ConfigureAwait(false)
                ? CommandOutcome.Refused($"role: '{user.UserName}' is the last enabled Admin; add another Admin first.")
                : await Save(user with { Role = parsed.ToString() }).ConfigureAwait(false);
        }));

    /// <summary>
    /// Checks a sign-in: the user when the name and password match an enabled, unlocked account; otherwise null (answer
    /// <see cref="SignInRefused"/>). A wrong password counts towards the lockout, which is stored.
    /// </summary>
    public async Task<UserRecord?> SignInAsync(string? userName, string? password, string clientAddress)
    {
        string name = UserRules.Normalise(userName);
        if (string.IsNullOrEmpty(password) || password.Length > UserRules.MaxPasswordLength || UserRules.UserNameProblem(name) is not null)
        {
            return null;
        }

        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var user = await store.GetUserAsync(name).ConfigureAwait(false);
            if (user is null)
            {
                // Same work as for a real user, so the answer time does not tell the name is unknown.
                Hasher.VerifyHashedPassword(Nobody, NobodyHash, password);
                AccountLog.UnknownUser(logger, clientAddress);
                return null;
            }

            var now = time.GetUtcNow();
            var caller = new Caller(user.UserName, UserRules.ParseRole(user.Role) ?? ConsoleRole.Reviewer, clientAddress);
            string? refusal = user.LockedUntil > now ? $"locked until {user.LockedUntil:u}" : user.Enabled ? null : "disabled";
            var result = refusal is null ? Hasher.VerifyHashedPassword(user, user.PasswordHash, password) : PasswordVerificationResult.Failed;
            if (refusal is null && result == PasswordVerificationResult.Failed)
            {
                int failed = user.FailedSignIns + 1;
                bool locks = failed >= options.LockoutAttempts;
                refusal = locks ? $"wrong password; locked for {options.LockoutMinutes} min" : $"wrong password ({failed} of {options.LockoutAttempts})";
                await Save(user with { FailedSignIns = locks ? 0 : failed, LockedUntil = locks ? now + options.Lockout : null }).ConfigureAwait(false);
            }
            else if (refusal is null && (user.FailedSignIns != 0 || user.LockedUntil is not null || result == PasswordVerificationResult.SuccessRehashNeeded))
            {
                string hash = result == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(user, password) : user.PasswordHash;
                await Save(user with { FailedSignIns = 0, LockedUntil = null, PasswordHash = hash }).ConfigureAwait(false);
            }

            audit.Record(AuditEntry.For(time, caller, "SignIn", string.Empty, refusal is null ? CommandOutcome.Ok : CommandOutcome.Refused(refusal)));
            return refusal is null ? user : null;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static bool IsEnabledAdmin(UserRecord u) => u.Enabled && u.Role == nameof(ConsoleRole.Admin);

    private async Task<bool> IsLastEnabledAdmin(UserRecord user) =>
        IsEnabledAdmin(user) && (await store.ListUsersAsync().ConfigureAwait(false)).Count(IsEnabledAdmin) == 1;

    private async Task<CommandOutcome> Update(string? userName, Func<UserRecord, Task<CommandOutcome>> change) =>
        await store.GetUserAsync(userName ?? string.Empty).ConfigureAwait(false) is { } user
            ? await change(user).ConfigureAwait(false)
            : CommandOutcome.Refused($"userName: there is no user '{userName}'.");

    private async Task<CommandOutcome> Change(Caller caller, string command, string parameters, string? endsSessions, Func<Task<CommandOutcome>> change)
    {
        var outcome = ConsoleCommandService.Authorise(caller, command, ConsoleRole.Admin);
        if (outcome is null)
        {
            await _gate.WaitAsync().ConfigureAwait(false);
            try
            {
                outcome = await change().ConfigureAwait(false);
            }
            finally
            {
                _gate.Release();
            }
        }

        audit.Record(AuditEntry.For(time, caller, command, parameters, outcome));
        if (outcome.Accepted && endsSessions is not null)
        {
            UserChanged?.Invoke(endsSessions);
        }

        return outcome;
    }

    private async Task<CommandOutcome> Save(UserRecord user) =>
        store.SaveUser(user) && await store.FlushAsync().ConfigureAwait(false)
            ? CommandOutcome.Ok
            : CommandOutcome.Refused($"storage: the change could not be saved ({store.Health.Reason ?? "queue full"}).");
}
