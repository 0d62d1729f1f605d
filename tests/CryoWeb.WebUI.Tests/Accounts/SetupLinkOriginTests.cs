using CryoWeb.WebUI.Accounts;

namespace CryoWeb.WebUI.Tests.Accounts;

/// <summary>The first-Admin link printed in the log points where this machine reaches the console: HTTPS when served.</summary>
public sealed class SetupLinkOriginTests
{
    [Theory]
    [InlineData("https://[::]:443,http://[::]:80", "https://localhost")]
    [InlineData("http://[::]:80,https://[::]:8443", "https://localhost:8443")]
    [InlineData("http://127.0.0.1:5080", "http://localhost:5080")]
    [InlineData("http://+:9000", "http://localhost:9000")]
    [InlineData("", "http://localhost:5080")]
    public void The_link_uses_the_https_address_when_there_is_one(string addresses, string origin) =>
        Assert.Equal(origin, SetupLinkAnnouncer.LocalOrigin(addresses.Split(',', StringSplitOptions.RemoveEmptyEntries)));
}
