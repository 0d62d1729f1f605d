using System.Net;
using CryoWeb.WebUI.Accounts;
using Microsoft.AspNetCore.Http;

namespace CryoWeb.WebUI.Tests.Accounts;

public sealed class SetupLinkCheckTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("192.168.1.20", false)]
    [InlineData("::ffff:10.0.0.7", false)]
    public void Only_loopback_peers_count_as_local(string address, bool local)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        Assert.Equal(local, SetupLink.IsLocal(context));
    }

    [Fact]
    public void A_forwarded_header_does_not_make_a_remote_request_local()
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("192.168.1.20");
        context.Request.Headers["X-Forwarded-For"] = "127.0.0.1";
        Assert.False(SetupLink.IsLocal(context));
        Assert.False(SetupLink.IsLocal(new DefaultHttpContext()));
    }

    [Theory]
    [InlineData("/review/3", "/review/3")]
    [InlineData("/", "/")]
    [InlineData("//evil.example/x", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData(null, "/")]
    public void Return_addresses_stay_on_this_server(string? returnUrl, string expected) =>
        Assert.Equal(expected, LocalReturnUrl.Of(returnUrl));
}
