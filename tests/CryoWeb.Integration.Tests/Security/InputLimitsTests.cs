using System.Net;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.WebUI.Tests.Security;

/// <summary>
/// Issue 13 over HTTP, as an attacker on the hospital LAN with an Operator's or Admin's session would send it: every
/// name has a length limit and refuses control and text-direction characters; enum values are single defined names
/// ("Freeze, Stick" is not one); a key given twice is refused; a linked probe that is not in use is refused at create;
/// a power given to a mode that takes none is refused. Each answer is 400 naming the field, short (it never echoes
/// the long value), and nothing changes.
/// </summary>
public sealed class InputLimitsTests(ApiConsoleFixture fixture) : IClassFixture<ApiConsoleFixture>
{
    private static readonly string Long = new('x', 10_000);

    private static string Procedure(string label = "Case 9", string organ = "kidney", string sensor = "TS1", string linked = "[]") =>
        $$"""{"label":"{{label}}","organ":"{{organ}}","probesInUse":[1],"sensors":[{"channel":4,"name":"{{sensor}}","role":"CriticalStructure","limitCelsius":5,"action":"Stop","linkedProbes":{{linked}}}]}""";

    private static string Inline(string name = "Quick", string step = """{"mode":"Freeze","duration":"00:01:00","powerPercent":100}""") =>
        $$"""{"protocol":{"name":"{{name}}","steps":[{{step}}]},"probes":[1]}""";

    /// <summary>Path, body, the field the answer must name, and words its message must contain.</summary>
    public static TheoryData<string, string, string, string> Refused => new()
    {
        // 1 and 3: lengths, worded for the screen, counting what was sent.
        { "/api/procedures", Procedure(label: Long), "label", "label: Label or patient reference: at most 80 characters (this one has 10 000)." },
        { "/api/procedures", Procedure(organ: Long), "organ", "organ: Organ: at most 40 characters (this one has 10 000)." },
        { "/api/procedures", Procedure(sensor: Long), "sensors[0].name", "sensors[0].name: Sensor name: at most 40 characters (this one has 10 000)." },
        { "/api/protocols/start", Inline(name: Long), "protocol.name", "protocol.name: Protocol name: at most 60 characters (this one has 10 000)." },
        { "/api/protocols/start", $$"""{"preset":"{{Long}}"}""", "preset", "preset: Preset name: at most 60 characters (this one has 10 000)." },

        // 2: text-direction and control characters (JSON escapes, as a script would send them).
        { "/api/procedures", Procedure(label: @"Case\u202E 17"), "label", "character 5 is an invisible text-direction mark" },
        { "/api/procedures", Procedure(label: @"Case\u2066 17"), "label", "character 5 is an invisible text-direction mark" },
        { "/api/procedures", Procedure(label: @"Case\u0000"), "label", "character 5 is a control character" },
        { "/api/procedures", Procedure(label: @"Case\u0007"), "label", "character 5 is a control character" },
        { "/api/procedures", Procedure(label: @"Case\u001B[2J"), "label", "character 5 is a control character" },
        { "/api/procedures", Procedure(organ: @"kid\u200Fney"), "organ", "character 4 is an invisible text-direction mark" },
        { "/api/procedures", Procedure(sensor: @"TS1\u001B"), "sensors[0].name", "Sensor name: character 4 is a control character" },
        { "/api/protocols/start", Inline(name: @"Quick\u202E"), "protocol.name", "Protocol name: character 6 is an invisible text-direction mark" },

        // 3: a comma list is not a mode, a key given twice is refused, probe 0 is not a probe in use, and a power is
        // only for Freeze.
        { "/api/probes/1/mode", """{"mode":"Freeze, Stick","powerPercent":50}""", "mode", "not one of Off, Freeze, Stick" },
        { "/api/probes/1/mode", """{"mode":"Off, Freeze"}""", "mode", "not one of" },
        { "/api/procedures", Procedure().Replace("\"CriticalStructure\"", "\"Margin, CriticalStructure\"", StringComparison.Ordinal), "sensors[0].role", "not one of None, Margin, CriticalStructure" },
        { "/api/probes/1/mode", """{"mode":"Off","mode":"Freeze"}""", "mode", "mode: given twice" },
        { "/api/protocols/start", """{"protocol":{"name":"A","name":"B","steps":[{"mode":"Freeze","duration":"00:01:00","powerPercent":100}]}}""", "protocol.name", "protocol.name: given twice" },
        { "/api/procedures", Procedure(linked: "[0]"), "sensors[0].linkedProbes[0]", "probe 0 is not in use (in use: 1)" },
        { "/api/probes/1/mode", """{"mode":"Stick","powerPercent":-50}""", "powerPercent", "powerPercent: Stick takes no power (only Freeze has one); leave powerPercent out (it was -50)." },
        { "/api/probes/1/mode", """{"mode":"PassiveThaw","powerPercent":50}""", "powerPercent", "PassiveThaw takes no power" },
        { "/api/protocols/start", Inline(step: """{"mode":"Stick","duration":"00:01:00","powerPercent":-50}"""), "protocol.steps[0].powerPercent", "Stick takes no power" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_bad_name_or_value_is_400_naming_the_field_and_changes_nothing(string path, string body, string field, string words)
    {
        var console = fixture.Console;
        using var response = await ApiConsole.PostAsync(console.As(ConsoleRole.Operator), path, body);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 500)]}");
        var problem = await ApiConsole.ReadJsonAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"errors do not name '{field}': {text[..Math.Min(text.Length, 500)]}");
        Assert.Contains(words, messages[0].GetString(), StringComparison.Ordinal);
        Assert.True(text.Length < 2_000, $"the answer echoes what was sent ({text.Length} characters)");

        console.AssertUntouched();
        Assert.Empty(await console.Server.Services.GetRequiredService<ProcedureStore>().ListProceduresAsync());
    }

    [Theory]
    [InlineData("""[{"name":"LONG","steps":[{"mode":"Freeze","duration":"00:10:00","powerPercent":100}]}]""", "presets[0].name", "Protocol name: at most 60 characters (this one has 10 000)")]
    [InlineData("""[{"name":"Double\u202E","steps":[{"mode":"Freeze","duration":"00:10:00","powerPercent":100}]}]""", "presets[0].name", "Protocol name: character 7 is an invisible text-direction mark")]
    [InlineData("""[{"name":"A","steps":[{"mode":"Stick","duration":"00:10:00","powerPercent":-50}]}]""", "presets[0].steps[0].powerPercent", "Stick takes no power")]
    public async Task A_bad_preset_is_400_naming_it_and_the_saved_list_stays(string body, string field, string words)
    {
        var console = fixture.Console;
        using var response = await ApiConsole.SendAsync(console.As(ConsoleRole.Admin), HttpMethod.Put, "/api/protocol-presets", body.Replace("LONG", Long, StringComparison.Ordinal));
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {text[..Math.Min(text.Length, 500)]}");
        var problem = await ApiConsole.ReadJsonAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), text[..Math.Min(text.Length, 500)]);
        Assert.Contains(words, messages[0].GetString(), StringComparison.Ordinal);

        using var presets = await console.As(ConsoleRole.Supervisor).GetAsync("/api/protocol-presets");
        var names = (await ApiConsole.ReadJsonAsync(presets)).EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Double freeze 10-8-10", "Triple freeze 3-3-7-7-10", "Single freeze 15 min"], names);
    }
}
