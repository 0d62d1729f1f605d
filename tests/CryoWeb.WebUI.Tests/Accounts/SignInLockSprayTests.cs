using CryoWeb.WebUI.Accounts;

namespace CryoWeb.WebUI.Tests.Accounts;

/// <summary>
/// Issue 13 re-test: after a client was locked out of an account, one wrong password for that account from each of 257
/// other addresses pushed the lock out of the stored list, and the locked client could guess again.
/// </summary>
public sealed class SignInLockSprayTests
{
    [Fact]
    public async Task Wrong_passwords_from_hundreds_of_other_addresses_never_lift_a_lock_in_force()
    {
        using var rig = new DirectoryRig(new AccountOptions { LockoutAttempts = 2, LockoutMinutes = 15 });
        var lockouts = new SignInLockouts(rig.Store, rig.Time, new AccountOptions { LockoutAttempts = 2, LockoutMinutes = 15 });
        await lockouts.WrongPasswordAsync("olivia", "10.0.0.66");
        Assert.True((await lockouts.WrongPasswordAsync("olivia", "10.0.0.66")).Locked);

        for (int i = 0; i < 300; i++)
        {
            await lockouts.WrongPasswordAsync("olivia", $"10.9.{i / 200}.{i % 200}");
        }

        Assert.NotNull(await lockouts.LockedUntilAsync("olivia", "10.0.0.66"));
        var reopened = new SignInLockouts(rig.Store, rig.Time, new AccountOptions { LockoutAttempts = 2, LockoutMinutes = 15 });
        Assert.NotNull(await reopened.LockedUntilAsync("olivia", "10.0.0.66"));
    }
}
