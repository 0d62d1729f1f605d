using System.Net;
using System.Text.Json;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Iceball;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.WebUI.Tests.Api;

/// <summary>
/// The live iceball estimate through the REST API on a whole console (simulator, real time): a layout for the running
/// procedure starts the estimate, a freeze shows up in it within seconds, and the procedure keeps its last estimate.
/// </summary>
public sealed class IceballEndpointsTests
{
    /// <summary>The default simulator's probes and sensors, in mm from a target centred between the probes' active zones.</summary>
    private const string SimulatorLayout = """
        {"probes":[{"probe":1,"tipXMm":-7.5,"tipYMm":0,"tipZMm":-15},{"probe":2,"tipXMm":7.5,"tipYMm":0,"tipZMm":-15}],
         "sensors":[{"channel":2,"xMm":0,"yMm":12,"zMm":0},{"channel":3,"xMm":-20,"yMm":0,"zMm":0}],
         "target":{"radiusXMm":12,"radiusYMm":8,"radiusZMm":15,"marginMm":5}}
        """;

    [Fact]
    public async Task A_layout_starts_the_estimate_a_freeze_appears_in_it_and_the_procedure_keeps_it()
    {
        await using var console = await ApiConsole.StartAsync();
        string id = await StartProcedureAsync(console);
        await WaitForIceballAsync(console, s => s.GetProperty("state").GetString() == "NoLayout", "the estimator waits for a layout");

        using (var put = await ApiConsole.SendAsync(console.As(ConsoleRole.Operator), HttpMethod.Put, $"/api/procedures/{id}/iceball/layout", SimulatorLayout))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        await console.CommandAsync("/api/probes/1/mode", """{"mode":"Freeze","powerPercent":100}""");
        var frozen = await WaitForIceballAsync(
            console,
            s => s.GetProperty("estimate").ValueKind == JsonValueKind.Object && Isotherm(s, 0).GetProperty("volumeMilliliters").GetDouble() > 0.05,
            "the estimate shows tissue below 0 C around probe 1",
            seconds: 60);
        var estimate = frozen.GetProperty("estimate");
        Assert.Equal("Estimating", frozen.GetProperty("state").GetString());
        Assert.Equal(2, estimate.GetProperty("planes").GetArrayLength());
        Assert.True(estimate.GetProperty("planes")[0].GetProperty("contours")[0].GetProperty("segmentsMm").GetArrayLength() >= 8, "the 0 C isotherm is cut by the plane across the probes");
        Assert.Equal(2, estimate.GetProperty("agreement").GetProperty("sensors").GetArrayLength());
        Assert.True(frozen.GetProperty("estimatorBusySeconds").GetDouble() > 0, "the estimator reports its cost");

        await console.CommandAsync("/api/probes/1/mode", """{"mode":"Off"}""");
        await console.CommandAsync($"/api/procedures/{id}/finish");
        using var reviewer = console.As(ConsoleRole.Reviewer);
        var record = await ApiConsole.EventuallyAsync(
            async () =>
            {
                using var response = await reviewer.GetAsync($"/api/procedures/{id}/iceball");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return await ApiConsole.ReadJsonAsync(response);
            },
            r => r.GetProperty("estimate").ValueKind == JsonValueKind.Object,
            "the finished procedure keeps its last estimate");
        Assert.Equal(JsonValueKind.Null, record.GetProperty("plan").ValueKind);
        Assert.Equal(-7.5, record.GetProperty("estimate").GetProperty("layout").GetProperty("probes")[0].GetProperty("tipXMm").GetDouble());
    }

    [Fact]
    public async Task A_bad_layout_names_its_field_and_changes_nothing()
    {
        await using var console = await ApiConsole.StartAsync();
        string id = await StartProcedureAsync(console);

        using (var badProbe = await ApiConsole.SendAsync(console.As(ConsoleRole.Operator), HttpMethod.Put, $"/api/procedures/{id}/iceball/layout", SimulatorLayout.Replace("\"probe\":2", "\"probe\":9", StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, badProbe.StatusCode);
            Assert.Contains("probes[1].probe: 9 is not a probe", await badProbe.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var tipChannel = await ApiConsole.SendAsync(console.As(ConsoleRole.Operator), HttpMethod.Put, $"/api/procedures/{id}/iceball/layout", SimulatorLayout.Replace("\"channel\":3", "\"channel\":0", StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tipChannel.StatusCode);
            Assert.Contains("sensors[1].channel: 0 is not a thermal sensor channel", await tipChannel.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var missingCoordinate = await ApiConsole.SendAsync(console.As(ConsoleRole.Operator), HttpMethod.Put, $"/api/procedures/{id}/iceball/layout", SimulatorLayout.Replace("\"tipXMm\":-7.5,", "", StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, missingCoordinate.StatusCode);
            Assert.Contains("probes[0].tipXMm: missing", await missingCoordinate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var noBody = await ApiConsole.SendAsync(console.As(ConsoleRole.Operator), HttpMethod.Put, $"/api/procedures/{id}/iceball/layout", null))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noBody.StatusCode);
        }

        using (var otherProcedure = await ApiConsole.SendAsync(console.As(ConsoleRole.Operator), HttpMethod.Put, $"/api/procedures/{Guid.NewGuid()}/iceball/layout", SimulatorLayout))
        {
            Assert.Equal(HttpStatusCode.Conflict, otherProcedure.StatusCode);
            Assert.Contains("neither running nor waiting", await otherProcedure.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var supervisor = await ApiConsole.SendAsync(console.As(ConsoleRole.Supervisor), HttpMethod.Put, $"/api/procedures/{id}/iceball/layout", SimulatorLayout))
        {
            Assert.Equal(HttpStatusCode.Forbidden, supervisor.StatusCode);
        }

        Assert.Null(await console.Server.Services.GetRequiredService<IceballRecords>().GetLayoutAsync(Guid.Parse(id)));
        await WaitForIceballAsync(console, s => s.GetProperty("state").GetString() == "NoLayout", "the estimator follows the procedure and still has no layout");
        using var kept = await console.As(ConsoleRole.Reviewer).GetAsync($"/api/procedures/{id}/iceball");
        Assert.Equal(JsonValueKind.Null, (await ApiConsole.ReadJsonAsync(kept)).GetProperty("estimate").ValueKind);
    }

    private static async Task<string> StartProcedureAsync(ApiConsole console)
    {
        var created = await console.CommandAsync("/api/procedures", """{"label":"Iceball","organ":"kidney","probesInUse":[1,2],"sensors":[]}""");
        string id = created.GetProperty("procedureId").GetString()!;
        await console.CommandAsync($"/api/procedures/{id}/start");
        return id;
    }

    private static JsonElement Isotherm(JsonElement status, double celsius) =>
        status.GetProperty("estimate").GetProperty("isotherms").EnumerateArray().Single(i => i.GetProperty("celsius").GetDouble() == celsius);

    private static Task<JsonElement> WaitForIceballAsync(ApiConsole console, Func<JsonElement, bool> condition, string what, double seconds = 15) =>
        ApiConsole.EventuallyAsync(
            async () =>
            {
                using var response = await console.As(ConsoleRole.Supervisor).GetAsync("/api/iceball");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return await ApiConsole.ReadJsonAsync(response);
            },
            condition,
            what,
            seconds);
}
