using System.Net;
using CryoWeb.Controller.Commands;

namespace CryoWeb.WebUI.Tests.Api;

public sealed class ProcedureCommandTests
{
    [Fact]
    public async Task A_procedure_is_created_started_shown_in_the_status_and_finished()
    {
        await using var console = await ApiConsole.StartAsync();
        var created = await console.CommandAsync("/api/procedures", """
            {"label":"Case 12","organ":"prostate","probesInUse":[1,2],
             "sensors":[{"channel":4,"name":"TS3 urethra","role":"CriticalStructure","limitCelsius":5,"action":"Stop"}]}
            """);
        string id = created.GetProperty("procedureId").GetString()!;
        Assert.False(await ProcedureRunningInHealthz(console), "created, not started");

        await console.CommandAsync($"/api/procedures/{id}/start");
        var running = await console.WaitForStatusAsync(s => s.GetProperty("live").GetProperty("procedureId").GetString() == id, "the status shows the running procedure");
        Assert.Equal("Case 12", running.GetProperty("live").GetProperty("procedureLabel").GetString());
        var urethra = running.GetProperty("live").GetProperty("sensors").EnumerateArray().Single(s => s.GetProperty("channel").GetInt32() == 4);
        Assert.Equal("TS3 urethra", urethra.GetProperty("name").GetString());
        Assert.Equal(5, urethra.GetProperty("limitCelsius").GetDouble());
        Assert.True(await ProcedureRunningInHealthz(console), "the anonymous /healthz tells maintenance scripts a procedure runs");

        using (var again = await ApiConsole.PostAsync(console.As(ConsoleRole.Operator), $"/api/procedures/{id}/start"))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.Contains(id, (await ApiConsole.ReadJsonAsync(again)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        await console.CommandAsync($"/api/procedures/{id}/finish");
        await console.WaitForStatusAsync(s => s.GetProperty("live").GetProperty("procedureId").ValueKind == System.Text.Json.JsonValueKind.Null, "no procedure runs any more");
        Assert.False(await ProcedureRunningInHealthz(console), "finished");
    }

    private static async Task<bool> ProcedureRunningInHealthz(ApiConsole console)
    {
        using var response = await console.Anonymous.GetAsync("/healthz");
        return (await ApiConsole.ReadJsonAsync(response)).GetProperty("procedureRunning").GetBoolean();
    }

    [Fact]
    public async Task An_admin_replaces_the_presets_and_an_operator_starts_one_by_name()
    {
        await using var console = await ApiConsole.StartAsync();
        const string presets = """[{"name":"Short test","steps":[{"mode":"Freeze","duration":"00:01:00","powerPercent":60},{"mode":"PassiveThaw","duration":"00:01:00"}]}]""";
        using (var saved = await ApiConsole.SendAsync(console.As(ConsoleRole.Admin), HttpMethod.Put, "/api/protocol-presets", presets))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        using var read = await console.As(ConsoleRole.Supervisor).GetAsync("/api/protocol-presets");
        var list = await ApiConsole.ReadJsonAsync(read);
        var only = Assert.Single(list.EnumerateArray());
        Assert.Equal("Short test", only.GetProperty("name").GetString());
        Assert.Equal(60, only.GetProperty("steps")[0].GetProperty("powerPercent").GetDouble());

        await console.WaitForStatusAsync(s => s.GetProperty("live").GetProperty("controllerLinkOk").GetBoolean(), "the controller link is up");
        await console.StartProcedureAsync();
        await console.CommandAsync("/api/protocols/start", """{"preset":"Short test"}""");
        Assert.All(console.Core.Protocols, run => Assert.True(run.IsActive, "every probe runs the preset when none is listed"));
        await console.CommandAsync("/api/probes/1/protocol/abort");
        await console.CommandAsync("/api/probes/2/protocol/abort");
    }
}
