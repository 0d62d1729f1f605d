using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Accounts;

namespace CryoWeb.WebUI.Tests.Accounts;

/// <summary>
/// Issue 13, finding 2: five wrong passwords from any host locked any account (Operators included) for everyone. A lock
/// now holds for the account from that client only, grows with each repeat, and never holds on the console itself.
/// </summary>
public sealed class SignInLockoutTests
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task Wrong_passwords_from_one_host_do_not_lock_the_operator_out_on_another()
    {
        using var rig = new DirectoryRig();
        await rig.AddAsync("olivia", ConsoleRole.Operator);
        for (int i = 0; i < 6; i++)
        {
            Assert.Null(await rig.Directory.SignInAsync("olivia", "guess number " + i, "10.0.0.66"));
        }

        Assert.NotNull(await rig.Directory.SignInAsync("olivia", Password, "10.0.0.5"));
        Assert.Null(await rig.Directory.SignInAsync("olivia", Password, "10.0.0.66"));
    }

    [Fact]
    public async Task The_consoles_own_kiosk_is_never_locked_out()
    {
        using var rig = new DirectoryRig();
        await rig.AddAsync("olivia", ConsoleRole.Operator);
        for (int i = 0; i < 12; i++)
        {
            Assert.Null(await rig.Directory.SignInAsync("olivia", "guess number " + i, "127.0.0.1"));
        }

        Assert.NotNull(await rig.Directory.SignInAsync("olivia", Password, "127.0.0.1"));
        Assert.NotNull(await rig.Directory.SignInAsync("olivia", Password, "::1"));
    }

    [Fact]
    public async Task Each_repeated_lock_lasts_twice_as_long_and_a_right_password_clears_it()
    {
        using var rig = new DirectoryRig(new AccountOptions { LockoutAttempts = 2, LockoutMinutes = 15 });
        await rig.AddAsync("olivia", ConsoleRole.Operator);
        await WrongTwice(rig);
        rig.Time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        await WrongTwice(rig);

        rig.Time.Advance(TimeSpan.FromMinutes(29));
        Assert.Null(await rig.Directory.SignInAsync("olivia", Password, "10.0.0.66"));
        rig.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.NotNull(await rig.Directory.SignInAsync("olivia", Password, "10.0.0.66"));

        // After a right password the count starts again: one wrong password does not lock.
        Assert.Null(await rig.Directory.SignInAsync("olivia", "guess", "10.0.0.66"));
        Assert.NotNull(await rig.Directory.SignInAsync("olivia", Password, "10.0.0.66"));
    }

    [Fact]
    public async Task The_users_page_shows_a_lock_and_a_password_reset_lifts_it()
    {
        using var rig = new DirectoryRig(new AccountOptions { LockoutAttempts = 2 });
        await rig.AddAsync("olivia", ConsoleRole.Operator);
        await WrongTwice(rig);
        Assert.True((await rig.Directory.ListAsync()).Single().Locked);

        Assert.True((await rig.Directory.ResetPasswordAsync(DirectoryRig.Admin, "olivia", "another good password")).Accepted);

        Assert.False((await rig.Directory.ListAsync()).Single().Locked);
        Assert.NotNull(await rig.Directory.SignInAsync("olivia", "another good password", "10.0.0.66"));
    }

    [Fact]
    public async Task Every_refusal_does_the_same_hashing_work_whatever_the_reason()
    {
        using var rig = new DirectoryRig(new AccountOptions { LockoutAttempts = 1 });
        await rig.AddAsync("olivia", ConsoleRole.Operator);
        await rig.AddAsync("dora", ConsoleRole.Operator);
        Assert.True((await rig.Directory.SetEnabledAsync(DirectoryRig.Admin, "dora", false)).Accepted);
        Assert.Null(await rig.Directory.SignInAsync("olivia", "guess", "10.0.0.66"));

        foreach (var (name, password) in new[] { ("olivia", Password), ("dora", Password), ("nobody", Password), ("olivia", "guess") })
        {
            long before = rig.Directory.PasswordChecks;
            Assert.Null(await rig.Directory.SignInAsync(name, password, "10.0.0.66"));
            Assert.Equal(1, rig.Directory.PasswordChecks - before);
        }
    }

    private static async Task WrongTwice(DirectoryRig rig)
    {
        Assert.Null(await rig.Directory.SignInAsync("olivia", "guess one", "10.0.0.66"));
        Assert.Null(await rig.Directory.SignInAsync("olivia", "guess two", "10.0.0.66"));
        Assert.Null(await rig.Directory.SignInAsync("olivia", Password, "10.0.0.66"));
    }
}
