using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Storage;
using Microsoft.AspNetCore.Identity;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// The console's users over <see cref="ProcedureStore"/>: Admins add, disable, enable, reset and change role (each
/// audited, never with a password); sign-in checks the hashed password and, after
/// <see cref="AccountOptions.LockoutAttempts"/> wrong ones in a row from one client, locks the account from that client
/// (<see cref="SignInLockouts"/>, stored, so a restart keeps it). Sign-in events are audited by <see cref="SignInAudit"/>.
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
    private readonly SemaphoreSlim _hashing = new(HashingAtOnce, HashingAtOnce);
    private readonly SignInLockouts _lockouts = new(store, time, options);
    private readonly SignInAudit _signInAudit = new(audit, time);
    private long _passwordChecks;

    /// <summary>Password hashes computed at once (PBKDF2 takes a core for tens of ms): leaves a core to the control loop.</summary>
    public static int HashingAtOnce { get; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Password checks done so far (one per sign-in answer, whatever it is); tests read it.</summary>
    public long PasswordChecks => Interlocked.Read(ref _passwordChecks);

    public AccountOptions Options => options;

    /// <summary>Raised with the user name after a change that must end the user's open sessions (disable, role, password).</summary>
    public event Action<string>? UserChanged;

    /// <summary>Every user, by name, locked when some client may not sign in to it now.</summary>
    public async Task<IReadOnlyList<UserSummary>> ListAsync()
    {
        var users = await store.ListUsersAsync().ConfigureAwait(false);
        var summaries = new List<UserSummary>(users.Count);
        foreach (var u in users)
        {
            var lockedUntil = await Locked(() => _lockouts.LatestLockAsync(u.UserName)).ConfigureAwait(false);
            summaries.Add(new UserSummary(u.UserName, u.Role, u.Enabled, lockedUntil));
        }

        return summaries;
    }

    /// <summary>True when at least one enabled Admin exists (else the set-up link is offered).</summary>
    public async Task<bool> AnyEnabledAdminAsync() =>
        (await store.ListUsersAsync().ConfigureAwait(false)).Any(IsEnabledAdmin);

    /// <summary>True when <paramref name="userName"/> exists, is enabled and still has <paramref name="role"/> (sessions are re-checked with it).</summary>
    public async Task<bool> IsActiveAsync(string userName, string role) =>
        await store.GetUserAsync(userName).ConfigureAwait(false) is { Enabled: true } user && user.Role == role;

    public Task<CommandOutcome> AddAsync(Caller caller, string? userName, string? role, string? password) =>
        Change(caller, "AddUser", $"userName={UserRules.ForAudit(userName)} role={UserRules.ForAudit(role)}", endsSessions: null, async () =>
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
        Change(caller, enabled ? "EnableUser" : "DisableUser", $"userName={UserRules.ForAudit(userName)}", enabled ? null : userName, () => Update(userName, async user =>
            !enabled && await IsLastEnabledAdmin(user).ConfigureAwait(false)
                ? CommandOutcome.Refused($"userName: '{user.UserName}' is the last enabled Admin; add another Admin first.")
                : await Save(user with { Enabled = enabled }).ConfigureAwait(false)));

    /// <summary>Sets a new password and lifts any lockout.</summary>
    public Task<CommandOutcome> ResetPasswordAsync(Caller caller, string? userName, string? password) =>
        Change(caller, "ResetPassword", $"userName={UserRules.ForAudit(userName)}", userName, () => Update(userName, async user =>
            UserRules.PasswordProblem(password) is string problem
                ? CommandOutcome.Refused(problem)
                : await ClearLocksAndSave(user with { PasswordHash = Hasher.HashPassword(user, password!), FailedSignIns = 0, LockedUntil = null }).ConfigureAwait(false)));

    public Task<CommandOutcome> ChangeRoleAsync(Caller caller, string? userName, string? role) =>
        Change(caller, "ChangeRole", $"userName={UserRules.ForAudit(userName)} role={UserRules.ForAudit(role)}", userName, () => Update(userName, async user =>
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
    /// Checks a sign-in: the user when the name and password match an enabled account that is not locked from
    /// <paramref name="clientAddress"/>; otherwise null (answer <see cref="SignInRefused"/>). Every answer costs one
    /// password hash (a dummy one for unknown, disabled or locked accounts), at most <see cref="HashingAtOnce"/> at a
    /// time, outside the directory's lock; a wrong password counts towards a lock of this account from this client only.
    /// </summary>
    public async Task<UserRecord?> SignInAsync(string? userName, string? password, string clientAddress)
    {
        string name = UserRules.Normalise(userName);
        bool readable = !string.IsNullOrEmpty(password) && password.Length <= UserRules.MaxPasswordLength && UserRules.UserNameProblem(name) is null;
        var user = readable ? await ReadForSignInAsync(name, clientAddress).ConfigureAwait(false) : null;
        DateTimeOffset? lockedUntil = null;
        if (user is not null)
        {
            lockedUntil = await Locked(() => _lockouts.LockedUntilAsync(user.UserName, clientAddress)).ConfigureAwait(false);
        }

        string? refusal = user is null ? "unknown" : lockedUntil is not null ? $"locked from this client until {lockedUntil:u}" : user.Enabled ? null : "disabled";
        var result = await Verify(refusal is null ? user! : Nobody, refusal is null ? user!.PasswordHash : NobodyHash, readable ? password! : "-").ConfigureAwait(false);
        if (user is null)
        {
            _signInAudit.Refused(null, clientAddress, "unknown user name");
            return null;
        }

        var caller = new Caller(user.UserName, UserRules.ParseRole(user.Role) ?? ConsoleRole.Reviewer, clientAddress);
        if (refusal is null && result == PasswordVerificationResult.Failed)
        {
            var (why, locks) = await Locked(() => _lockouts.WrongPasswordAsync(user.UserName, clientAddress)).ConfigureAwait(false);
            if (locks)
            {
                AccountLog.Locked(logger, user.UserName, clientAddress);
                _signInAudit.Locked(caller, why);
            }

            _signInAudit.Refused(caller, clientAddress, why);
            return null;
        }

        if (refusal is not null)
        {
            _signInAudit.Refused(caller, clientAddress, refusal);
            return null;
        }

        await Locked(async () =>
        {
            await _lockouts.SucceededAsync(user.UserName, clientAddress).ConfigureAwait(false);
            if (user.FailedSignIns != 0 || user.LockedUntil is not null || result == PasswordVerificationResult.SuccessRehashNeeded)
            {
                // Also clears the per-account lock fields written before locks were per client.
                string hash = result == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(user, password!) : user.PasswordHash;
                await Save(user with { FailedSignIns = 0, LockedUntil = null, PasswordHash = hash }).ConfigureAwait(false);
            }

            return true;
        }).ConfigureAwait(false);
        _signInAudit.Accepted(caller);
        return user;
    }

    /// <summary>
    /// The user to check a sign-in against; null when there is none or when its stored record is damaged (a record that
    /// fails its checksum, e.g. a role rewritten behind the console's back, never signs anyone in). The store has marked
    /// itself Failed with the storage alarm, naming the record; the caller gets the ordinary refusal, not an error.
    /// </summary>
    private async Task<UserRecord?> ReadForSignInAsync(string userName, string clientAddress)
    {
        try
        {
            return await store.GetUserAsync(userName).ConfigureAwait(false);
        }
        catch (StoredRecordDamagedException e)
        {
            AccountLog.DamagedUser(logger, userName, clientAddress, e.Message);
            return null;
        }
    }

    public void Dispose()
    {
        _signInAudit.Dispose();
        _hashing.Dispose();
        _gate.Dispose();
    }

    private async Task<PasswordVerificationResult> Verify(UserRecord user, string hash, string password)
    {
        await _hashing.WaitAsync().ConfigureAwait(false);
        try
        {
            Interlocked.Increment(ref _passwordChecks);
            return Hasher.VerifyHashedPassword(user, hash, password);
        }
        finally
        {
            _hashing.Release();
        }
    }

    private async Task<T> Locked<T>(Func<Task<T>> work)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static bool IsEnabledAdmin(UserRecord u) => u.Enabled && u.Role == nameof(ConsoleRole.Admin);

    private async Task<bool> IsLastEnabledAdmin(UserRecord user) =>
        IsEnabledAdmin(user) && (await store.ListUsersAsync().ConfigureAwait(false)).Count(IsEnabledAdmin) == 1;

    private async Task<CommandOutcome> Update(string? userName, Func<UserRecord, Task<CommandOutcome>> change) =>
        await store.GetUserAsync(userName ?? string.Empty).ConfigureAwait(false) is { } user
            ? await change(user).ConfigureAwait(false)
            : CommandOutcome.Refused($"userName: there is no user '{UserRules.ForAudit(userName)}'.");

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

    private async Task<CommandOutcome> ClearLocksAndSave(UserRecord user)
    {
        await _lockouts.ClearAsync(user.UserName).ConfigureAwait(false);
        return await Save(user).ConfigureAwait(false);
    }

    private async Task<CommandOutcome> Save(UserRecord user) =>
        store.SaveUser(user) && await store.FlushAsync().ConfigureAwait(false)
            ? CommandOutcome.Ok
            : CommandOutcome.Refused($"storage: the change could not be saved ({store.Health.Reason ?? "queue full"}).");
}
