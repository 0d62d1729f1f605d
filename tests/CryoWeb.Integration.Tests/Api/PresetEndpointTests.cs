using System.Net;
using CryoWeb.Controller.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.WebUI.Tests.Api;

/// <summary>PUT /api/protocol-presets is the command service's ReplaceProtocolPresets: its Invalid is 400 naming the field, and every try is audited.</summary>
public sealed class PresetEndpointTests
{
    private const string Valid = """[{"name":"Short test","steps":[{"mode":"Freeze","duration":"00:01:00","powerPercent":60}]}]""";

    private const string ThirdBad = """
        [{"name":"A","steps":[{"mode":"Freeze","duration":"00:01:00","powerPercent":60}]},
         {"name":"B","steps":[{"mode":"PassiveThaw","duration":"00:01:00"}]},
         {"name":"C","steps":[{"mode":"Freeze","duration":"00:01:00","powerPercent":5}]}]
        """;

    [Fact]
    public async Task An_invalid_list_is_400_naming_the_field_and_each_save_is_audited_with_its_outcome()
    {
        await using var console = await ApiConsole.StartAsync();
        var trail = console.Server.Services.GetRequiredService<MemoryAuditTrail>();

        using (var bad = await ApiConsole.SendAsync(console.As(ConsoleRole.Admin), HttpMethod.Put, "/api/protocol-presets", ThirdBad))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            var problem = await ApiConsole.ReadJsonAsync(bad);
            Assert.True(problem.GetProperty("errors").TryGetProperty("presets[2].steps[0].powerPercent", out _), problem.ToString());
        }

        var refused = Assert.Single(trail.Entries, e => e.Command == "SaveProtocolPresets");
        Assert.Equal((false, "presets=3"), (refused.Accepted, refused.Parameters));
        Assert.StartsWith("presets[2].steps[0].powerPercent:", refused.Reason, StringComparison.Ordinal);

        using (var saved = await ApiConsole.SendAsync(console.As(ConsoleRole.Admin), HttpMethod.Put, "/api/protocol-presets", Valid))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.Equal("Accepted", (await ApiConsole.ReadJsonAsync(saved)).GetProperty("kind").GetString());
        }

        var accepted = trail.Entries.Where(e => e.Command == "SaveProtocolPresets").ToList()[^1];
        Assert.Equal((true, "presets=1", ConsoleRole.Admin), (accepted.Accepted, accepted.Parameters, accepted.Role));
    }
}
