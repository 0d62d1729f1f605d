using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Api;

namespace CryoWeb.WebUI.Tests.Api;

/// <summary>
/// The schemas' <c>required</c> lists are true to the wire: every property a response schema requires is in the real
/// responses (and a null there is one the schema allows), and for each request body a property the schema requires
/// is refused (400) when left out, while one it does not require is never refused for being left out.
/// </summary>
public sealed class OpenApiRequiredTests
{
    private const string Sensor = """{"channel":2,"name":"TS1 urethra","role":"CriticalStructure","limitCelsius":5,"action":"Stop","linkedProbes":[1]}""";

    private const string Layout = """
        {"probes":[{"probe":1,"tipXMm":-7.5,"tipYMm":0,"tipZMm":-15,"activeLengthMm":30,"diameterMm":1.5}],
         "sensors":[{"channel":2,"xMm":0,"yMm":12,"zMm":0}],
         "target":{"radiusXMm":12,"radiusYMm":8,"radiusZMm":15,"marginMm":5}}
        """;

    /// <summary>
    /// A valid body per operation, the role that sends it, and the properties required only with others (either a
    /// preset or a protocol; a channel for a thermocouple fault): those are neither in <c>required</c> nor optional.
    /// </summary>
    private static readonly (string Method, string Path, string Body, ConsoleRole Role, string[] Conditional)[] Requests =
    [
        ("POST", "/api/signin", """{"userName":"nobody","password":"wrong password"}""", ConsoleRole.Operator, []),
        ("POST", "/api/token", """{"userName":"nobody","password":"wrong password"}""", ConsoleRole.Operator, []),
        ("POST", "/api/probes/{probe}/mode", """{"mode":"Off","powerPercent":100}""", ConsoleRole.Operator, []),
        ("POST", "/api/probes/{probe}/protocol/extend", """{"extendSeconds":60}""", ConsoleRole.Operator, []),
        ("POST", "/api/protocols/start", """{"protocol":{"name":"Quick","steps":[{"mode":"Freeze","duration":"00:01:00","powerPercent":50}]},"probes":[1]}""", ConsoleRole.Operator, ["preset", "protocol"]),
        ("PUT", "/api/protocol-presets", """[{"name":"Quick","steps":[{"mode":"Freeze","duration":"00:01:00","powerPercent":50},{"mode":"PassiveThaw","duration":"00:01:00"}]}]""", ConsoleRole.Admin, []),
        ("POST", "/api/procedures", $$"""{"label":"Case 1","organ":"kidney","probesInUse":[1,2],"sensors":[{{Sensor}}]}""", ConsoleRole.Operator, ["sensors[0].limitCelsius", "sensors[0].action"]),
        ("PUT", "/api/procedures/{id}/iceball/layout", Layout, ConsoleRole.Operator, []),
        ("POST", "/api/simulator/faults", """{"kind":"open-thermocouple","channel":2}""", ConsoleRole.Admin, ["channel"]),
    ];

    [Fact]
    public async Task A_required_request_property_left_out_is_400_and_an_optional_one_left_out_is_not_refused_for_it()
    {
        await using var console = await ApiConsole.StartAsync();
        var document = await DocumentAsync(console);
        string procedure = await console.StartProcedureAsync();
        var wrong = new List<string>();
        foreach (var (method, template, body, role, conditional) in Requests)
        {
            string path = template.Replace("{id}", procedure, StringComparison.Ordinal).Replace("{probe}", "1", StringComparison.Ordinal);
            var schema = OpenApiSchemaWalk.Resolve(document, document.GetProperty("paths").GetProperty(template).GetProperty(method.ToLowerInvariant())
                .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
            var sample = JsonNode.Parse(body)!;
            wrong.AddRange(OpenApiSchemaWalk.RequiredButAbsent(document, sample, schema, string.Empty).Select(f => $"{method} {template}: {f} is required, but a valid request may leave it out"));
            foreach (var (field, without, required) in OpenApiSchemaWalk.Omissions(document, sample, schema, string.Empty))
            {
                if (conditional.Contains(field))
                {
                    if (required)
                    {
                        wrong.Add($"{method} {template}: {field} is required, but only some requests need it");
                    }

                    continue;
                }

                using var response = await ApiConsole.SendAsync(console.As(role), new HttpMethod(method), path, without.ToJsonString());
                string text = await response.Content.ReadAsStringAsync();
                bool refusedForIt = response.StatusCode == HttpStatusCode.BadRequest;
                if (required != refusedForIt)
                {
                    wrong.Add($"{method} {template} without {field}: {(int)response.StatusCode} but the schema has it {(required ? "required" : "optional")}: {text[..Math.Min(text.Length, 300)]}");
                }
            }
        }

        // The samples are valid: each is answered (accepted, or refused by the console's state), never 400.
        foreach (var (method, template, body, role, _) in Requests)
        {
            string path = template.Replace("{id}", procedure, StringComparison.Ordinal).Replace("{probe}", "1", StringComparison.Ordinal);
            using var response = await ApiConsole.SendAsync(console.As(role), new HttpMethod(method), path, body);
            Assert.True(response.StatusCode != HttpStatusCode.BadRequest, $"{method} {template}: the sample is not valid: {await response.Content.ReadAsStringAsync()}");
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Every_property_a_response_schema_requires_is_in_the_real_response()
    {
        await using var console = await ApiConsole.StartAsync();
        var document = await DocumentAsync(console);
        string procedure = await console.StartProcedureAsync();
        await console.CommandAsync("/api/probes/1/mode", """{"mode":"Freeze","powerPercent":60}""");
        await console.CommandAsync("/api/simulator/faults", """{"kind":"open-thermocouple","channel":3}""", ConsoleRole.Admin);
        await console.WaitForStatusAsync(s => s.GetProperty("live").GetProperty("sensors").EnumerateArray().Any(x => x.GetProperty("celsius").ValueKind == JsonValueKind.Null), "the open thermocouple shows no number");
        using (var layout = await ApiConsole.SendAsync(console.As(ConsoleRole.Operator), HttpMethod.Put, $"/api/procedures/{procedure}/iceball/layout", Layout))
        {
            Assert.Equal(HttpStatusCode.OK, layout.StatusCode);
        }

        var wrong = new List<string>();
        int checkedResponses = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get) || !get.GetProperty("responses").TryGetProperty("200", out var ok)
                || !ok.TryGetProperty("content", out var content) || !content.TryGetProperty("application/json", out var json) || !json.TryGetProperty("schema", out var schema))
            {
                continue;
            }

            string url = path.Name.Replace("{id}", procedure, StringComparison.Ordinal).Replace("{probe}", "1", StringComparison.Ordinal);
            if (url.Contains('{', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var role in new[] { ConsoleRole.Supervisor, ConsoleRole.Reviewer, ConsoleRole.Admin })
            {
                using var response = await console.As(role).GetAsync(url);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    checkedResponses++;
                    using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    OpenApiSchemaWalk.Check(document, answer.RootElement, schema, "GET " + path.Name, wrong);
                    break;
                }
            }
        }

        // ... and the answers to commands and sign-in.
        (string Template, string? Body, ConsoleRole? Role)[] posts =
        [
            ("/api/probes/{probe}/mode", """{"mode":"Off"}""", ConsoleRole.Operator),
            ("/api/alarms/audio-pause", null, ConsoleRole.Operator),
            ("/api/token", $$"""{"userName":"operator","password":"{{ApiConsole.Password}}"}""", null),
        ];
        foreach (var (template, body, role) in posts)
        {
            using var response = await ApiConsole.PostAsync(console.As(role), template.Replace("{probe}", "1", StringComparison.Ordinal), body);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {template}: {(int)response.StatusCode}");
            checkedResponses++;
            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var schema = document.GetProperty("paths").GetProperty(template).GetProperty("post").GetProperty("responses").GetProperty("200")
                .GetProperty("content").GetProperty("application/json").GetProperty("schema");
            OpenApiSchemaWalk.Check(document, answer.RootElement, schema, "POST " + template, wrong);
        }

        Assert.True(checkedResponses >= 9, $"only {checkedResponses} responses checked");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void The_check_finds_a_required_property_missing_from_a_response_and_a_null_the_schema_does_not_allow()
    {
        using var document = JsonDocument.Parse("""{"components":{"schemas":{"A":{"type":"object","required":["x","y"],"properties":{"x":{"type":"string"},"y":{"type":"string"}}}}}}""");
        using var answer = JsonDocument.Parse("""[{"x":null}]""");
        using var schema = JsonDocument.Parse("""{"type":"array","items":{"$ref":"#/components/schemas/A"}}""");
        var wrong = new List<string>();

        OpenApiSchemaWalk.Check(document.RootElement, answer.RootElement, schema.RootElement, "GET /a", wrong);

        Assert.Equal(["GET /a[0].y: required but absent", "GET /a[0].x: null, which the schema does not allow"], wrong);
    }

    private static async Task<JsonElement> DocumentAsync(ApiConsole console)
    {
        using var response = await console.As(ConsoleRole.Reviewer).GetAsync(ApiSetup.OpenApiPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
