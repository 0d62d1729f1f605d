using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Accounts;

namespace CryoWeb.WebUI.Tests.Accounts;

public sealed class UserDirectoryTests : IDisposable
{
    private readonly DirectoryRig _rig = new(new AccountOptions { LockoutAttempts = 3, LockoutMinutes = 15 });

    [Theory]
    [InlineData("a", "userName")]
    [InlineData("Olivia", "userName")]
    [InlineData("olivia smith", "userName")]
    [InlineData("abcdefghijabcdefghijabcdefghijabc", "userName")]
    public async Task Bad_user_names_are_refused_naming_the_field(string userName, string field)
    {
        var outcome = await _rig.Directory.AddAsync(DirectoryRig.Admin, userName, "Operator", "correct horse battery");

        Assert.False(outcome.Accepted);
        Assert.StartsWith(field + ":", outcome.Reason, StringComparison.Ordinal);
        Assert.Empty(await _rig.Directory.ListAsync());
    }

    [Fact]
    public async Task Short_passwords_and_unknown_roles_are_refused_naming_the_field_and_nothing_is_stored()
    {
        var shortPassword = await _rig.Directory.AddAsync(DirectoryRig.Admin, "olivia", "Operator", "123456789");
        var badRole = await _rig.Directory.AddAsync(DirectoryRig.Admin, "olivia", "Surgeon", "correct horse battery");

        Assert.StartsWith("password:", shortPassword.Reason, StringComparison.Ordinal);
        Assert.StartsWith("role:", badRole.Reason, StringComparison.Ordinal);
        Assert.Empty(await _rig.Directory.ListAsync());
    }

    [Fact]
    public async Task Only_an_admin_may_change_users_and_every_change_is_audited_without_the_password()
    {
        var byOperator = await _rig.Directory.AddAsync(new Caller("olivia", ConsoleRole.Operator, "10.0.0.9"), "eve", "Admin", "correct horse battery");
        await _rig.AddAsync("olivia", ConsoleRole.Operator);

        Assert.False(byOperator.Accepted);
        Assert.Equal(["olivia"], (await _rig.Directory.ListAsync()).Select(u => u.UserName));
        Assert.Collection(
            _rig.Audit.Entries,
            refused => Assert.Equal(("AddUser", false, "olivia"), (refused.Command, refused.Accepted, refused.User)),
            added => Assert.Equal(("AddUser", true, "ada", "userName=olivia role=Operator"), (added.Command, added.Accepted, added.User, added.Parameters)));
        Assert.DoesNotContain(_rig.Audit.Entries, e => e.Parameters.Contains("horse", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_taken_user_name_is_refused()
    {
        await _rig.AddAsync("olivia", ConsoleRole.Operator);
        var again = await _rig.Directory.AddAsync(DirectoryRig.Admin, "olivia", "Admin", "another long password");
        Assert.Equal("userName: 'olivia' is already taken.", again.Reason);
        Assert.Equal("Operator", (await _rig.Directory.ListAsync()).Single().Role);
    }

    [Fact]
    public async Task Right_password_signs_in_wrong_one_does_not_and_a_disabled_user_is_refused()
    {
        await _rig.AddAsync("olivia", ConsoleRole.Operator);

        Assert.NotNull(await _rig.Directory.SignInAsync("Olivia ", "correct horse battery", "10.0.0.9"));
        Assert.Null(await _rig.Directory.SignInAsync("olivia", "wrong password!", "10.0.0.9"));

        Assert.True((await _rig.Directory.SetEnabledAsync(DirectoryRig.Admin, "olivia", false)).Accepted);
        Assert.Null(await _rig.Directory.SignInAsync("olivia", "correct horse battery", "10.0.0.9"));
        Assert.False(await _rig.Directory.IsActiveAsync("olivia", "Operator"));

        Assert.True((await _rig.Directory.SetEnabledAsync(DirectoryRig.Admin, "olivia", true)).Accepted);
        Assert.NotNull(await _rig.Directory.SignInAsync("olivia", "correct horse battery", "10.0.0.9"));
    }

    [Fact]
    public async Task Lockout_after_the_configured_failures_holds_even_for_the_right_password_then_lifts_after_the_time()
    {
        await _rig.AddAsync("olivia", ConsoleRole.Operator);
        for (int i = 0; i < 3; i++)
        {
            Assert.Null(await _rig.Directory.SignInAsync("olivia", "wrong password!", "10.0.0.9"));
        }

        Assert.True((await _rig.Directory.ListAsync()).Single().Locked);
        Assert.Null(await _rig.Directory.SignInAsync("olivia", "correct horse battery", "10.0.0.9"));

        _rig.Time.Advance(TimeSpan.FromMinutes(14));
        Assert.Null(await _rig.Directory.SignInAsync("olivia", "correct horse battery", "10.0.0.9"));

        _rig.Time.Advance(TimeSpan.FromMinutes(1.1));
        Assert.NotNull(await _rig.Directory.SignInAsync("olivia", "correct horse battery", "10.0.0.9"));
        Assert.False((await _rig.Directory.ListAsync()).Single().Locked);
    }

    [Fact]
    public async Task A_success_resets_the_count_of_failures()
    {
        await _rig.AddAsync("olivia", ConsoleRole.Operator);
        for (int round = 0; round < 3; round++)
        {
            Assert.Null(await _rig.Directory.SignInAsync("olivia", "wrong password!", "10.0.0.9"));
            Assert.Null(await _rig.Directory.SignInAsync("olivia", "wrong password!", "10.0.0.9"));
            Assert.NotNull(await _rig.Directory.SignInAsync("olivia", "correct horse battery", "10.0.0.9"));
        }
    }

    [Fact]
    public async Task Reset_password_lifts_the_lockout_and_the_old_password_stops_working()
    {
        await _rig.AddAsync("olivia", ConsoleRole.Operator);
        for (int i = 0; i < 3; i++)
        {
            await _rig.Directory.SignInAsync("olivia", "wrong password!", "10.0.0.9");
        }

        Assert.True((await _rig.Directory.ResetPasswordAsync(DirectoryRig.Admin, "olivia", "a brand new passphrase")).Accepted);

        Assert.Null(await _rig.Directory.SignInAsync("olivia", "correct horse battery", "10.0.0.9"));
        Assert.NotNull(await _rig.Directory.SignInAsync("olivia", "a brand new passphrase", "10.0.0.9"));
    }

    [Fact]
    public async Task The_last_enabled_admin_cannot_be_disabled_or_demoted()
    {
        await _rig.AddAsync("ada", ConsoleRole.Admin);

        var disable = await _rig.Directory.SetEnabledAsync(DirectoryRig.Admin, "ada", false);
        var demote = await _rig.Directory.ChangeRoleAsync(DirectoryRig.Admin, "ada", "Reviewer");

        Assert.StartsWith("userName:", disable.Reason, StringComparison.Ordinal);
        Assert.StartsWith("role:", demote.Reason, StringComparison.Ordinal);
        Assert.True(await _rig.Directory.AnyEnabledAdminAsync());
    }

    [Fact]
    public async Task Changing_an_unknown_user_names_the_field()
    {
        var outcome = await _rig.Directory.ChangeRoleAsync(DirectoryRig.Admin, "nobody", "Reviewer");
        Assert.Equal("userName: there is no user 'nobody'.", outcome.Reason);
    }

    public void Dispose() => _rig.Dispose();
}
