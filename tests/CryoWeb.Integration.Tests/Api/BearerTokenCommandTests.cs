using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Control;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.WebUI.Tests.Api;

/// <summary>Scripts sign in with a bearer token; every command, the emergency stop above all, must accept it.</summary>
public sealed class BearerTokenCommandTests
{
    private const string Password = "a long enough test password";

    [Fact]
    public async Task A_script_with_an_operators_token_can_press_the_emergency_stop_and_a_supervisors_token_cannot()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("olivia", ConsoleRole.Operator, Password);
        await server.AddUserAsync("sam", ConsoleRole.Supervisor, Password);
        using var client = server.Client();
        var core = server.Services.GetRequiredService<ControlCore>();

        using var refused = await PostAsync(client, await server.BearerTokenAsync("sam", Password), "/api/emergency-stop");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(core.EmergencyStopLatched);

        using var stopped = await PostAsync(client, await server.BearerTokenAsync("olivia", Password), "/api/emergency-stop");
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        Assert.True(core.EmergencyStopLatched);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }
}
