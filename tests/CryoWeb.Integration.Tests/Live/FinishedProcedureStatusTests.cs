using CryoWeb.Controller.Setup;
using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Safety;
using CryoWeb.WebUI.Live;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.WebUI.Tests.Live;

/// <summary>During a procedure the live status marks only its sensors in use; after its finish nothing of it is left.</summary>
public sealed class FinishedProcedureStatusTests
{
    private static readonly Caller Operator = new("test-operator", ConsoleRole.Operator, "127.0.0.1");

    private static async Task<LiveStatus> WaitForAsync(LiveStatusBoard board, Func<LiveStatus, bool> condition, string what)
    {
        Assert.True(await Eventually.HoldsAsync(() => condition(board.Current), TimeSpan.FromSeconds(15)), what);
        return board.Current;
    }

    [Fact]
    public async Task Only_the_procedures_sensors_are_in_use_and_after_finish_names_protocols_and_guards_go_back_to_the_plants()
    {
        await using var server = await ConsoleServer.StartAsync();
        var board = server.Services.GetRequiredService<LiveStatusBoard>();
        var procedures = server.Services.GetRequiredService<ProcedureService>();
        var commands = server.Services.GetRequiredService<ConsoleCommandService>();
        var core = server.Services.GetRequiredService<ControlCore>();
        var id = await server.StartProcedureAsync("Case 9", [new SensorSetup(4, "TS1 urethra", SensorRole.CriticalStructure, 3, ProtectiveAction.AlarmOnly, [])]);

        var running = await WaitForAsync(board, s => s.ProcedureId == id, "the procedure shows as running");
        Assert.Equal([(2, false), (3, false), (4, true)], running.Sensors.Select(s => (s.Channel, s.InUse)));
        Assert.Equal("TS1 urethra", running.Sensors.Single(s => s.Channel == 4).Name);
        Assert.True((await commands.StartProtocol(Operator, ProtocolPresets.DoubleFreeze, [2])).Accepted);
        Assert.True((await commands.ProtocolAction(Operator, 2, ProtocolAction.Pause)).Accepted);

        var finished = await procedures.FinishAsync(Operator, id);

        Assert.True(finished.Accepted, finished.Reason);
        var after = await WaitForAsync(board, s => s.ProcedureId is null, "the procedure shows as finished");
        Assert.Equal(["TS1 margin", "TS2 margin", "TS3 critical"], after.Sensors.Select(s => s.Name));
        Assert.All(after.Sensors, s => Assert.True(s.InUse));
        Assert.All(after.Sensors, s => Assert.Null(s.LimitCelsius));
        after = await WaitForAsync(board, s => s.Probes.All(p => p.ProtocolState == ProtocolState.None), "no protocol is shown after the finish");
        Assert.All(after.Probes, p => Assert.Null(p.ProtocolName));
        Assert.Equal(ProtocolState.None, core.Protocols[1].State);
    }
}
