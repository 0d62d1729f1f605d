using CryoWeb.WebUI.Accounts;

namespace CryoWeb.WebUI.Tests.Accounts;

public sealed class AccountOptionsTests
{
    [Fact]
    public void Defaults_are_five_attempts_fifteen_minutes_and_thirty_minute_sessions()
    {
        var options = new AccountOptions();
        Assert.Equal((5, 15, 30), (options.LockoutAttempts, options.LockoutMinutes, options.SessionMinutes));
        Assert.Null(options.Problem());
    }

    [Theory]
    [InlineData(0, 15, 30, "Accounts:LockoutAttempts")]
    [InlineData(5, 0, 30, "Accounts:LockoutMinutes")]
    [InlineData(5, 15, 0, "Accounts:SessionMinutes")]
    public void A_setting_out_of_range_is_named(int attempts, int lockoutMinutes, int sessionMinutes, string named)
    {
        var options = new AccountOptions { LockoutAttempts = attempts, LockoutMinutes = lockoutMinutes, SessionMinutes = sessionMinutes };
        Assert.StartsWith(named + ":", options.Problem(), StringComparison.Ordinal);
    }
}
