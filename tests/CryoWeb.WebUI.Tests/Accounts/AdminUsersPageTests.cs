using Bunit;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Accounts;
using CryoWeb.WebUI.Components.Pages.Admin;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

using CryoWeb.WebUI.Tests.Console;

namespace CryoWeb.WebUI.Tests.Accounts;

public sealed class AdminUsersPageTests : IDisposable
{
    private readonly DirectoryRig _rig = new();
    private readonly BunitContext _ctx = new();
    private readonly SessionRegistry _sessions;

    public AdminUsersPageTests()
    {
        _ctx.Services.AddSingleton(_rig.Directory);
        _sessions = new SessionRegistry(_rig.Time, _rig.Directory);
    }

    [Fact]
    public async Task A_disabled_admin_with_the_page_still_open_can_neither_add_an_admin_nor_enable_itself()
    {
        // Issue 13: a disabled Admin with the Users page open added a new Admin and re-enabled itself 4-5 s later.
        await _rig.AddAsync("ada", ConsoleRole.Admin);
        await _rig.AddAsync("bea", ConsoleRole.Admin);
        SignInAs("ada", "Admin");
        var page = _ctx.Render<Users>();
        page.WaitForElement("[data-testid=user-row-ada]");
        _ctx.Settle();

        Assert.True((await _rig.Directory.SetEnabledAsync(new Caller("bea", ConsoleRole.Admin, "10.0.0.6"), "ada", enabled: false)).Accepted);
        page.Find("[data-testid=add-user-name]").Change("mallory");
        page.Find("[data-testid=add-user-role]").Change("Admin");
        page.Find("[data-testid=add-user-password]").Change("correct horse battery");
        await page.Find("[data-testid=add-user-submit]").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("sign-in has ended", page.Find("[data-testid=admin-error]").TextContent, StringComparison.Ordinal));
        _ctx.Settle();
        await page.Find("[data-testid=user-enable-ada]").ClickAsync(new());
        _ctx.Settle();

        var users = await _rig.Directory.ListAsync();
        Assert.DoesNotContain(users, u => u.UserName == "mallory");
        Assert.False(users.Single(u => u.UserName == "ada").Enabled);
        Assert.Contains("sign-in has ended", page.Find("[data-testid=admin-error]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_users_with_role_and_state()
    {
        await _rig.AddAsync("ada", ConsoleRole.Admin);
        await _rig.AddAsync("olivia", ConsoleRole.Operator);
        await _rig.Directory.SetEnabledAsync(DirectoryRig.Admin, "olivia", false);
        SignInAs("ada", "Admin");

        var page = _ctx.Render<Users>();

        page.WaitForAssertion(() => Assert.Equal("false", page.Find("[data-testid=user-row-olivia]").GetAttribute("data-enabled")));
        Assert.Equal("Admin", page.Find("[data-testid=user-row-ada]").GetAttribute("data-role"));
        Assert.Equal("Operator", page.Find("[data-testid=user-row-olivia]").GetAttribute("data-role"));
    }

    [Fact]
    public async Task Bad_input_shows_an_error_naming_the_field_and_adds_nobody()
    {
        await _rig.AddAsync("ada", ConsoleRole.Admin);
        SignInAs("ada", "Admin");
        var page = _ctx.Render<Users>();
        page.WaitForElement("[data-testid=user-row-ada]");
        _ctx.Settle();

        page.Find("[data-testid=add-user-name]").Change("Bad Name");
        page.Find("[data-testid=add-user-password]").Change("correct horse battery");
        await page.Find("[data-testid=add-user-submit]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.StartsWith("userName:", page.Find("[data-testid=admin-error]").TextContent, StringComparison.Ordinal));
        _ctx.Settle();
        Assert.Single(await _rig.Directory.ListAsync());

        page.Find("[data-testid=add-user-name]").Change("olivia");
        page.Find("[data-testid=add-user-password]").Change("short");
        await page.Find("[data-testid=add-user-submit]").ClickAsync(new());
        page.WaitForAssertion(() => Assert.StartsWith("password:", page.Find("[data-testid=admin-error]").TextContent, StringComparison.Ordinal));
        _ctx.Settle();

        page.Find("[data-testid=add-user-password]").Change("correct horse battery");
        await page.Find("[data-testid=add-user-submit]").ClickAsync(new());
        page.WaitForElement("[data-testid=user-row-olivia]");
    }

    [Theory]
    [InlineData("Operator")]
    [InlineData("Supervisor")]
    [InlineData("Reviewer")]
    public void The_page_is_refused_to_anyone_but_an_admin(string role)
    {
        SignInAs("someone", role);
        var routed = RenderRouted();
        Assert.Contains("not allowed", routed.Markup, StringComparison.Ordinal);
        Assert.Empty(routed.FindAll("[data-testid=add-user-submit]"));
    }

    [Fact]
    public async Task The_page_is_shown_to_an_admin_through_the_router()
    {
        await _rig.AddAsync("ada", ConsoleRole.Admin);
        SignInAs("ada", "Admin");
        var routed = RenderRouted();
        routed.WaitForElement("[data-testid=add-user-submit]");
        Assert.DoesNotContain("not allowed", routed.Markup, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _ctx.Dispose();
        _rig.Dispose();
    }

    private void SignInAs(string userName, string role)
    {
        var auth = _ctx.AddAuthorization();
        TestSessions.SignIn(_ctx, auth, _sessions, userName, role);
        if (role == "Admin")
        {
            auth.SetPolicies(ConsolePolicies.Administer);
        }
    }

    private IRenderedComponent<AuthorizeRouteView> RenderRouted() =>
        _ctx.Render<AuthorizeRouteView>(p => p
            .Add(v => v.RouteData, new RouteData(typeof(Users), new Dictionary<string, object?>()))
            .Add(v => v.NotAuthorized, _ => b => b.AddMarkupContent(0, "<p>not allowed</p>")));
}
