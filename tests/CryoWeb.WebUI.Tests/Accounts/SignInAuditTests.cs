using CryoWeb.Controller.Commands;

namespace CryoWeb.WebUI.Tests.Accounts;

/// <summary>
/// Issue 13, finding 3: 14,352 refused sign-ins went one by one into the running procedure's record. Refusals are now
/// aggregated per user name and client; accepted sign-ins and locks are written at once.
/// </summary>
public sealed class SignInAuditTests
{
    [Fact]
    public async Task A_flood_of_refused_sign_ins_is_written_as_one_line_per_user_client_and_minute()
    {
        using var rig = new DirectoryRig();
        await rig.AddAsync("ada", ConsoleRole.Admin);
        int before = rig.Audit.Entries.Count;
        for (int i = 0; i < 24; i++)
        {
            Assert.Null(await rig.Directory.SignInAsync("ada", "guess " + i, "10.0.0.5"));
        }

        var lines = rig.Audit.Entries.Skip(before).ToList();
        Assert.InRange(lines.Count, 1, 3);

        rig.Time.Advance(TimeSpan.FromMinutes(1));

        var summary = Assert.Single(rig.Audit.Entries.Skip(before + lines.Count));
        Assert.Equal("SignInRefusals", summary.Command);
        Assert.Contains("refused sign-ins for 'ada' from 10.0.0.5 in the last minute", summary.Reason, StringComparison.Ordinal);
        Assert.Equal(24, lines.Count(l => l.Command == "SignIn") + int.Parse(summary.Reason!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Unknown_user_names_are_counted_per_client_without_storing_what_was_typed()
    {
        using var rig = new DirectoryRig();
        int before = rig.Audit.Entries.Count;
        for (int i = 0; i < 10; i++)
        {
            Assert.Null(await rig.Directory.SignInAsync("secretpassword" + i, "guess", "10.0.0.7"));
        }

        rig.Time.Advance(TimeSpan.FromMinutes(1));

        var lines = rig.Audit.Entries.Skip(before).ToList();
        Assert.InRange(lines.Count, 1, 2);
        Assert.DoesNotContain(lines, l => (l.Parameters + l.Reason + l.User).Contains("secretpassword", StringComparison.Ordinal));
    }
}
