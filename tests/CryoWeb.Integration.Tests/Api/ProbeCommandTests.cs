using System.Net;
using System.Text.Json;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;

namespace CryoWeb.WebUI.Tests.Api;

public sealed class ProbeCommandTests
{
    [Fact]
    public async Task An_operator_freezes_a_probe_and_the_status_shows_it_then_stops_it()
    {
        await using var console = await ApiConsole.StartAsync();
        await console.StartProcedureAsync();
        await console.WaitForStatusAsync(s => s.GetProperty("live").GetProperty("controllerLinkOk").GetBoolean(), "the controller link is up");

        var outcome = await console.CommandAsync("/api/probes/1/mode", """{"mode":"Freeze","powerPercent":50}""");
        Assert.True(outcome.GetProperty("accepted").GetBoolean());

        var status = await console.WaitForStatusAsync(s => Probe(s, 1).GetProperty("mode").GetString() == "Freeze", "probe 1 shows Freeze");
        Assert.Equal(50, Probe(status, 1).GetProperty("powerPercent").GetDouble());
        Assert.Equal("Off", Probe(status, 2).GetProperty("mode").GetString());
        Assert.Equal(ProbeMode.Freeze, console.Core.Probes[0].Mode);

        await console.CommandAsync("/api/probes/1/mode", """{"mode":"Off"}""");
        await console.WaitForStatusAsync(s => Probe(s, 1).GetProperty("mode").GetString() == "Off", "probe 1 shows Off again");
    }

    [Fact]
    public async Task A_refusal_by_the_controller_is_409_with_its_reason_and_changes_nothing()
    {
        await using var console = await ApiConsole.StartAsync();
        await console.StartProcedureAsync();
        var stop = await console.CommandAsync("/api/emergency-stop");
        Assert.True(stop.GetProperty("accepted").GetBoolean());
        Assert.True(console.Core.EmergencyStopLatched);

        using var refused = await ApiConsole.PostAsync(console.As(ConsoleRole.Operator), "/api/probes/2/mode", """{"mode":"Freeze","powerPercent":80}""");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await ApiConsole.ReadJsonAsync(refused);
        Assert.Contains("emergency stop", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ProbeMode.Off, console.Core.Probes[1].Mode);

        await console.CommandAsync("/api/emergency-stop/reset");
        Assert.False(console.Core.EmergencyStopLatched);
    }

    [Fact]
    public async Task An_admin_may_press_the_emergency_stop()
    {
        await using var console = await ApiConsole.StartAsync();
        await console.StartProcedureAsync();
        await console.CommandAsync("/api/emergency-stop", role: ConsoleRole.Admin);
        Assert.True(console.Core.EmergencyStopLatched);
        await console.WaitForStatusAsync(s => s.GetProperty("live").GetProperty("emergencyStopLatched").GetBoolean(), "the status shows the emergency stop");
    }

    [Fact]
    public async Task A_preset_protocol_starts_pauses_and_aborts_on_one_probe()
    {
        await using var console = await ApiConsole.StartAsync();
        await console.StartProcedureAsync();
        await console.WaitForStatusAsync(s => s.GetProperty("live").GetProperty("controllerLinkOk").GetBoolean(), "the controller link is up");

        await console.CommandAsync("/api/protocols/start", """{"preset":"single freeze 15 min","probes":[2]}""");
        var running = await console.WaitForStatusAsync(s => Probe(s, 2).GetProperty("protocolState").GetString() == "Running", "probe 2 runs the protocol");
        Assert.Equal("Single freeze 15 min", Probe(running, 2).GetProperty("protocolName").GetString());
        Assert.False(console.Core.Protocols[0].IsActive);

        await console.CommandAsync("/api/probes/2/protocol/extend", """{"extendSeconds":120}""");
        await console.CommandAsync("/api/probes/2/protocol/pause");
        await console.WaitForStatusAsync(s => Probe(s, 2).GetProperty("protocolState").GetString() == "Paused", "probe 2's protocol is paused");
        await console.CommandAsync("/api/probes/2/protocol/abort");
        await console.WaitForStatusAsync(s => Probe(s, 2).GetProperty("protocolState").GetString() != "Paused" && Probe(s, 2).GetProperty("mode").GetString() != "Freeze", "probe 2's protocol is aborted");
        Assert.False(console.Core.Protocols[1].IsActive);
    }

    [Fact]
    public async Task Gas_with_no_procedure_running_is_409_with_the_reason_and_stopping_is_still_accepted()
    {
        await using var console = await ApiConsole.StartAsync();

        foreach (var (path, json) in new[]
        {
            ("/api/probes/1/mode", """{"mode":"Freeze","powerPercent":80}"""),
            ("/api/probes/1/mode", """{"mode":"Stick"}"""),
            ("/api/probes/1/mode", """{"mode":"ActiveThaw"}"""),
            ("/api/protocols/start", """{"preset":"single freeze 15 min","probes":[1]}"""),
        })
        {
            using var refused = await ApiConsole.PostAsync(console.As(ConsoleRole.Operator), path, json);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            var problem = await ApiConsole.ReadJsonAsync(refused);
            Assert.Equal("Start a procedure first: gas is used only inside a recorded procedure.", problem.GetProperty("detail").GetString());
        }

        Assert.Equal(ProbeMode.Off, console.Core.Probes[0].Mode);
        await console.CommandAsync("/api/probes/1/mode", """{"mode":"Off"}""");
        await console.CommandAsync("/api/probes/1/mode", """{"mode":"PassiveThaw"}""");
    }


    private static JsonElement Probe(JsonElement status, int number) =>
        status.GetProperty("live").GetProperty("probes").EnumerateArray().Single(p => p.GetProperty("number").GetInt32() == number);
}
