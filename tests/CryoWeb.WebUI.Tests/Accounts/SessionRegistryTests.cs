using System.Security.Claims;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryoWeb.WebUI.Tests.Accounts;

public sealed class SessionRegistryTests : IDisposable
{
    private readonly DirectoryRig _rig = new(new AccountOptions { SessionMinutes = 30 });
    private readonly SessionRegistry _sessions;

    public SessionRegistryTests() => _sessions = new SessionRegistry(_rig.Time, _rig.Directory);

    [Fact]
    public async Task A_session_ends_after_the_idle_time_and_activity_extends_it()
    {
        await _rig.AddAsync("olivia", ConsoleRole.Operator);
        var olivia = await SignIn("olivia");

        _rig.Time.Advance(TimeSpan.FromMinutes(20));
        Assert.True(await _sessions.IsOpenAsync(olivia));
        _sessions.Touch(olivia);

        _rig.Time.Advance(TimeSpan.FromMinutes(29));
        Assert.True(await _sessions.IsOpenAsync(olivia));

        _rig.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.False(await _sessions.IsOpenAsync(olivia));
        _sessions.Touch(olivia);
        Assert.False(await _sessions.IsOpenAsync(olivia));
    }

    [Fact]
    public async Task Disabling_a_user_ends_its_sessions_at_once_and_the_live_page_revalidation_says_so()
    {
        await _rig.AddAsync("olivia", ConsoleRole.Operator);
        var olivia = await SignIn("olivia");
        var revalidator = new SessionRevalidator(NullLoggerFactory.Instance, _sessions);
        Assert.True(await revalidator.IsStillValidAsync(new AuthenticationState(olivia)));

        await _rig.Directory.SetEnabledAsync(DirectoryRig.Admin, "olivia", false);

        Assert.False(await _sessions.IsOpenAsync(olivia));
        Assert.False(await revalidator.IsStillValidAsync(new AuthenticationState(olivia)));
        ((IDisposable)revalidator).Dispose();
    }

    [Fact]
    public async Task Sign_out_ends_the_session_and_a_principal_without_one_is_never_open()
    {
        await _rig.AddAsync("olivia", ConsoleRole.Operator);
        var olivia = await SignIn("olivia");

        _sessions.End(olivia);

        Assert.False(await _sessions.IsOpenAsync(olivia));
        var noSession = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "olivia"), new Claim(ClaimTypes.Role, "Operator")], "Cookies"));
        Assert.False(await _sessions.IsOpenAsync(noSession));
    }

    [Fact]
    public async Task After_a_restart_a_session_is_taken_back_only_while_the_user_keeps_its_role()
    {
        await _rig.AddAsync("olivia", ConsoleRole.Operator);
        await _rig.AddAsync("ada", ConsoleRole.Admin);
        var olivia = await SignIn("olivia");
        var oliviaAsAdmin = Principal("olivia", "Admin", "0123456789ABCDEF0123456789ABCDEF");
        var restarted = new SessionRegistry(_rig.Time, _rig.Directory);

        Assert.True(await restarted.IsOpenAsync(olivia));
        Assert.False(await restarted.IsOpenAsync(oliviaAsAdmin));
    }

    public void Dispose() => _rig.Dispose();

    private static ClaimsPrincipal Principal(string name, string role, string session) =>
        ConsolePrincipal.For(new UserRecord { UserName = name, DisplayName = name, Role = role, PasswordHash = "-" }, session, "Cookies");

    private async Task<ClaimsPrincipal> SignIn(string userName)
    {
        var user = await _rig.Directory.SignInAsync(userName, "correct horse battery", "10.0.0.9");
        Assert.NotNull(user);
        return ConsolePrincipal.For(user, _sessions.Start(user.UserName), "Cookies");
    }
}
