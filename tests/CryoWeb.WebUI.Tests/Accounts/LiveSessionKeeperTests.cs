using System.Security.Claims;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Accounts;

namespace CryoWeb.WebUI.Tests.Accounts;

public sealed class LiveSessionKeeperTests : IDisposable
{
    private readonly DirectoryRig _rig = new(new AccountOptions { SessionMinutes = 30 });
    private readonly SessionRegistry _sessions;

    public LiveSessionKeeperTests() => _sessions = new SessionRegistry(_rig.Time, _rig.Directory);

    [Fact]
    public async Task A_live_page_watching_a_running_procedure_keeps_its_session_past_the_idle_time()
    {
        var olivia = await SignedIn();
        var keeper = new LiveSessionKeeper(_sessions, _rig.Time);

        // Ninety minutes of a procedure watched without a click, refreshed once a second as the live page does.
        for (int s = 0; s < 90 * 60; s++)
        {
            keeper.Seen(olivia, procedureRunning: true);
            _rig.Time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.True(_sessions.IsOpen(olivia));
    }

    [Fact]
    public async Task Without_a_running_procedure_the_idle_timeout_still_ends_the_session()
    {
        var olivia = await SignedIn();
        var keeper = new LiveSessionKeeper(_sessions, _rig.Time);

        for (int s = 0; s < 31 * 60; s++)
        {
            keeper.Seen(olivia, procedureRunning: false);
            _rig.Time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.False(_sessions.IsOpen(olivia));
    }

    [Fact]
    public async Task A_disabled_user_is_not_kept_signed_in_by_an_open_live_page()
    {
        var olivia = await SignedIn();
        var keeper = new LiveSessionKeeper(_sessions, _rig.Time);
        await _rig.Directory.SetEnabledAsync(DirectoryRig.Admin, "olivia", false);

        _rig.Time.Advance(TimeSpan.FromMinutes(2));
        keeper.Seen(olivia, procedureRunning: true);

        Assert.False(_sessions.IsOpen(olivia));
    }

    public void Dispose() => _rig.Dispose();

    private async Task<ClaimsPrincipal> SignedIn()
    {
        await _rig.AddAsync("olivia", ConsoleRole.Operator);
        var user = await _rig.Directory.SignInAsync("olivia", "correct horse battery", "10.0.0.9");
        Assert.NotNull(user);
        return ConsolePrincipal.For(user, _sessions.Start(user.UserName), "Cookies");
    }
}
