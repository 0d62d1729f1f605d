using System.Net;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Accounts;
using CryoWeb.WebUI.Tests.Accounts;
using CryoWeb.WebUI.Tests.Integration;

namespace CryoWeb.WebUI.Tests.Security;

/// <summary>Issue 13, finding 4: weak passwords, a non-ASCII return address answered 500, names with control or bidi characters.</summary>
public sealed class SignInInputTests
{
    private const string Password = "correct horse battery";

    [Theory]
    [InlineData("          ")]
    [InlineData("\t\t\t\t\t\t\t\t\t\t\t\t")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("111111111111111")]
    public void Blank_or_single_character_passwords_are_refused(string password)
    {
        Assert.StartsWith("password:", UserRules.PasswordProblem(password), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_or_resetting_with_ten_spaces_is_refused_and_changes_nothing()
    {
        using var rig = new DirectoryRig();
        Assert.False((await rig.Directory.AddAsync(DirectoryRig.Admin, "olivia", "Operator", "          ")).Accepted);
        await rig.AddAsync("olivia", ConsoleRole.Operator);

        var reset = await rig.Directory.ResetPasswordAsync(DirectoryRig.Admin, "olivia", "          ");

        Assert.False(reset.Accepted);
        Assert.NotNull(await rig.Directory.SignInAsync("olivia", Password, "10.0.0.5"));
    }

    [Fact]
    public async Task A_user_name_with_a_bidi_override_is_refused_and_audited_harmlessly()
    {
        using var rig = new DirectoryRig();
        string name = "ada\u202Enimda" + new string('x', 5000);

        var outcome = await rig.Directory.AddAsync(DirectoryRig.Admin, name, "Operator", Password);

        Assert.False(outcome.Accepted);
        Assert.DoesNotContain('\u202E', outcome.Reason!);
        var audited = rig.Audit.Entries[^1];
        Assert.DoesNotContain('\u202E', audited.Parameters + audited.Reason);
        Assert.True(audited.Parameters.Length < 200, $"{audited.Parameters.Length} characters audited");
    }

    [Theory]
    [InlineData("/caf\u00e9", "/caf%C3%A9")]
    [InlineData("/review?label=f\u00f8lge", "/review?label=f%C3%B8lge")]
    [InlineData("/a\u202Eb", "/a%E2%80%AEb")]
    [InlineData("/a\r\nSet-Cookie: x", "/")]
    [InlineData("/ok%20already", "/ok%20already")]
    public void A_return_address_is_always_a_plain_ascii_local_path(string given, string expected)
    {
        Assert.Equal(expected, LocalReturnUrl.Of(given));
    }

    [Fact]
    public async Task A_non_ascii_return_address_neither_breaks_the_page_nor_the_sign_in()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("ada", ConsoleRole.Admin, Password);
        using var client = server.Client();

        using var page = await client.GetAsync("/signin?returnUrl=%2Fcaf%C3%A9");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        using var signIn = await BrowserForm.PostAsync(client, "/signin?returnUrl=%2Fcaf%C3%A9", "signin", new() { ["userName"] = "ada", ["password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.EndsWith("/caf%C3%A9", signIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
