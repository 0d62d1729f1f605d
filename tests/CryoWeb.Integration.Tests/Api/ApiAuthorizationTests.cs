using System.Net;
using CryoWeb.Controller.Commands;

namespace CryoWeb.WebUI.Tests.Api;

/// <summary>
/// Every command endpoint: anonymous gets 401, Supervisors and Reviewers 403 (and the other roles the endpoint is not
/// for), decided by the policy before any command runs, and the plant is untouched afterwards.
/// </summary>
public sealed class ApiAuthorizationTests(ApiConsoleFixture fixture) : IClassFixture<ApiConsoleFixture>
{
    private const string SomeId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    /// <summary>Method, path, a valid body, and the roles besides Supervisor and Reviewer that must be refused.</summary>
    public static TheoryData<string, string, string?, ConsoleRole[]> CommandEndpoints => new()
    {
        { "POST", "/api/probes/1/mode", """{"mode":"Freeze","powerPercent":50}""", [ConsoleRole.Admin] },
        { "POST", "/api/probes/1/protocol/pause", null, [ConsoleRole.Admin] },
        { "POST", "/api/probes/1/protocol/resume", null, [ConsoleRole.Admin] },
        { "POST", "/api/probes/1/protocol/skip", null, [ConsoleRole.Admin] },
        { "POST", "/api/probes/1/protocol/abort", null, [ConsoleRole.Admin] },
        { "POST", "/api/probes/1/protocol/extend", """{"extendSeconds":60}""", [ConsoleRole.Admin] },
        { "POST", "/api/protocols/start", """{"preset":"Double freeze 10-8-10","probes":[1]}""", [ConsoleRole.Admin] },
        { "POST", "/api/emergency-stop", null, [] },
        { "POST", "/api/emergency-stop/reset", null, [ConsoleRole.Admin] },
        { "POST", "/api/alarms/1/acknowledge", null, [ConsoleRole.Admin] },
        { "POST", "/api/alarms/audio-pause", null, [ConsoleRole.Admin] },
        { "POST", "/api/alarms/audio-resume", null, [ConsoleRole.Admin] },
        { "POST", "/api/procedures", """{"label":"Case 7","organ":"prostate","probesInUse":[1],"sensors":[]}""", [ConsoleRole.Admin] },
        { "POST", $"/api/procedures/{SomeId}/start", null, [ConsoleRole.Admin] },
        { "POST", $"/api/procedures/{SomeId}/finish", null, [ConsoleRole.Admin] },
        { "PUT", "/api/protocol-presets", """[{"name":"Single","steps":[{"mode":"Freeze","duration":"00:10:00","powerPercent":100}]}]""", [ConsoleRole.Operator] },
        { "POST", "/api/simulator/faults", """{"kind":"spi-failure"}""", [ConsoleRole.Operator] },
        { "DELETE", "/api/simulator/faults", null, [ConsoleRole.Operator] },
    };

    [Theory]
    [MemberData(nameof(CommandEndpoints))]
    public async Task Anonymous_gets_401_and_roles_without_the_right_get_403(string method, string path, string? body, ConsoleRole[] alsoRefused)
    {
        var console = fixture.Console;
        ConsoleRole?[] callers = [null, ConsoleRole.Supervisor, ConsoleRole.Reviewer, .. alsoRefused.Select(r => (ConsoleRole?)r)];
        foreach (var caller in callers)
        {
            using var response = await ApiConsole.SendAsync(console.As(caller), new HttpMethod(method), path, body);
            var expected = caller is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
            Assert.True(expected == response.StatusCode, $"{method} {path} as {caller?.ToString() ?? "anonymous"}: {(int)response.StatusCode}, expected {(int)expected}");
        }

        console.AssertUntouched();
        var status = await console.StatusAsync();
        Assert.DoesNotContain(status.GetProperty("alarms").EnumerateArray(), a => a.GetProperty("key").GetProperty("condition").GetString() == "EmergencyStop");
    }

    [Theory]
    [InlineData("/api/status")]
    [InlineData("/api/protocol-presets")]
    public async Task Reading_needs_the_watch_role(string path)
    {
        var console = fixture.Console;
        using var anonymous = await console.Anonymous.GetAsync(path);
        using var reviewer = await console.As(ConsoleRole.Reviewer).GetAsync(path);
        using var supervisor = await console.As(ConsoleRole.Supervisor).GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reviewer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, supervisor.StatusCode);
    }
}
