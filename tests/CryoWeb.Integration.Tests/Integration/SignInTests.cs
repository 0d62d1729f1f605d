using System.Net;
using System.Net.Http.Json;
using CryoWeb.Controller.Commands;

namespace CryoWeb.WebUI.Tests.Integration;

public sealed class SignInTests
{
    [Fact]
    public async Task A_right_password_signs_in_and_a_wrong_one_gets_401()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("olivia", ConsoleRole.Operator, "correct horse battery");

        using var anonymous = server.Client();
        using var wrong = await anonymous.PostAsJsonAsync("/api/signin", new { userName = "olivia", password = "wrong" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.False(wrong.Headers.Contains("Set-Cookie"), "a refused sign-in must not set a cookie");

        var (client, cookies) = await server.SignedInClientAsync("olivia", "correct horse battery");
        using (client)
        {
            Assert.NotEmpty(cookies.GetCookies(server.BaseAddress));
        }
    }

    [Fact]
    public async Task Anonymous_api_requests_get_401_not_a_redirect()
    {
        await using var server = await ConsoleServer.StartAsync();
        using var client = server.Client();
        using var response = await client.GetAsync("/api/anything");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
