using System.Net;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.WebUI.Tests.Api;

/// <summary>Bad input gets 400 problem details whose errors name the field, and nothing changes.</summary>
public sealed class BadInputTests(ApiConsoleFixture fixture) : IClassFixture<ApiConsoleFixture>
{
    /// <summary>Path, body (null = empty), the field the answer must name, and a word its message must contain.</summary>
    public static TheoryData<string, string?, string, string> BadRequests => new()
    {
        { "/api/probes/9/mode", """{"mode":"Freeze","powerPercent":50}""", "probe", "1 to 2" },
        { "/api/probes/1/mode", """{"mode":"Freeze","powerPercent":""", "body", "" },
        { "/api/probes/1/mode", """{"mode":"Sideways","powerPercent":50}""", "mode", "PassiveThaw" },
        { "/api/probes/1/mode", """{"mode":1,"powerPercent":50}""", "mode", "Freeze" },
        { "/api/probes/1/mode", """{"mode":"Freeze","powerPercent":150}""", "powerPercent", "10 to 100" },
        { "/api/probes/1/mode", """{"mode":"Freeze","powerPercent":"NaN"}""", "powerPercent", "number" },
        { "/api/probes/1/mode", """{"mode":"Freeze"}""", "powerPercent", "required" },
        { "/api/probes/1/mode", """{"mode":"Freeze","powerPercnt":50}""", "powerPercnt", "not a field" },
        { "/api/probes/1/mode", null, "body", "required" },
        { "/api/probes/1/mode", "[]", "body", "" },
        { "/api/probes/1/protocol/extend", """{"extendSeconds":0}""", "extendSeconds", "1 to 1800" },
        { "/api/probes/1/protocol/rewind", null, "action", "pause" },
        { "/api/protocols/start", """{"probes":[1]}""", "preset", "preset name or a protocol" },
        { "/api/protocols/start", """{"preset":"Quadruple freeze"}""", "preset", "Double freeze 10-8-10" },
        { "/api/protocols/start", """{"preset":"Single freeze 15 min","probes":[3]}""", "probes[0]", "1 to 2" },
        { "/api/protocols/start", """{"protocol":{"name":"Quick","steps":[{"mode":"Freeze","duration":"00:00:00","powerPercent":100}]}}""", "protocol.steps[0].duration", "more than 0" },
        { "/api/procedures", """{"label":"","organ":"kidney","probesInUse":[1],"sensors":[]}""", "label", "1 to 80" },
        { "/api/procedures", """{"label":"Case 9","organ":"kidney","probesInUse":[1],"sensors":[{"channel":0,"name":"TS1","role":"Margin"}]}""", "sensors[0].channel", "thermal sensor" },
        { "/api/procedures", """{"label":"Case 9","organ":"kidney","probesInUse":[1],"sensors":[{"channel":4,"name":"urethra","role":"CriticalStructure","action":"Stop"}]}""", "sensors[0].limitCelsius", "required" },
        { "/api/procedures", """{"label":"Case 9","organ":"kidney","probesInUse":[1],"sensors":[{"channel":4,"name":"urethra","role":"Critical"}]}""", "sensors[0].role", "CriticalStructure" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_is_400_naming_the_field_and_changes_nothing(string path, string? body, string field, string word)
    {
        var console = fixture.Console;
        using var response = await ApiConsole.PostAsync(console.As(ConsoleRole.Operator), path, body);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path} {body}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        var problem = await ApiConsole.ReadJsonAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"errors do not name '{field}': {text}");
        Assert.Contains(word, messages[0].GetString(), StringComparison.Ordinal);

        console.AssertUntouched();
        Assert.Empty(await console.Server.Services.GetRequiredService<ProcedureStore>().ListProceduresAsync());
    }

    [Fact]
    public async Task A_bad_set_up_names_the_field_for_programs_and_says_it_in_words_for_people()
    {
        var console = fixture.Console;
        const string body = """{"label":"Case 9","organ":"kidney","probesInUse":[1],"sensors":[{"channel":4,"name":"TS3 urethra","role":"CriticalStructure","limitCelsius":50,"action":"Stop","linkedProbes":[]}]}""";
        using var response = await ApiConsole.PostAsync(console.As(ConsoleRole.Operator), "/api/procedures", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        var problem = await ApiConsole.ReadJsonAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty("sensors[0].limitCelsius", out _), problem.ToString());
        Assert.Equal("Sensor 1 (TS3 urethra): limit: a critical-structure limit must be -40 to 40 C, not 50.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Bad_presets_are_400_naming_the_preset_and_the_saved_list_stays()
    {
        var console = fixture.Console;
        const string twice = """[{"name":"A","steps":[{"mode":"Freeze","duration":"00:10:00","powerPercent":100}]},{"name":"a","steps":[{"mode":"PassiveThaw","duration":"00:05:00"}]}]""";
        using var response = await ApiConsole.SendAsync(console.As(ConsoleRole.Admin), HttpMethod.Put, "/api/protocol-presets", twice);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiConsole.ReadJsonAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty("presets[1].name", out _), problem.ToString());

        using var presets = await console.As(ConsoleRole.Supervisor).GetAsync("/api/protocol-presets");
        var list = await ApiConsole.ReadJsonAsync(presets);
        Assert.Contains(list.EnumerateArray(), p => p.GetProperty("name").GetString() == "Double freeze 10-8-10");
    }

    [Theory]
    [InlineData("/api/probes/1/mode", """{"mode":"Freeze","powerPercent":50}""", "text/plain")]
    [InlineData("/api/probes/1/mode", "mode=Freeze&powerPercent=50", "application/x-www-form-urlencoded")]
    [InlineData("/api/emergency-stop", "", "application/x-www-form-urlencoded")]
    [InlineData("/api/emergency-stop", null, null)]
    public async Task A_command_without_a_json_content_type_is_415_and_changes_nothing(string path, string? body, string? contentType)
    {
        var console = fixture.Console;
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (body is not null)
        {
            request.Content = new StringContent(body);
            request.Content.Headers.ContentType = contentType is null ? null : new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        using var response = await console.As(ConsoleRole.Operator).SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        console.AssertUntouched();
    }
}
