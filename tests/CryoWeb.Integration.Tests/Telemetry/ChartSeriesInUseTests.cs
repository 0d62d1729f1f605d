using CryoWeb.Controller.Setup;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Safety;
using CryoWeb.WebUI.Telemetry;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.AspNetCore.SignalR.Client;

namespace CryoWeb.WebUI.Tests.Telemetry;

/// <summary>
/// The chart shows what the tiles show: during a procedure only its probes' tips and its sensors (under the team's
/// names); with none running, every wired channel.
/// </summary>
public sealed class ChartSeriesInUseTests
{
    [Fact]
    public async Task During_a_procedure_only_its_channels_are_in_use_and_carry_the_teams_names()
    {
        await using var server = await ConsoleServer.StartAsync();
        await using var connection = await HubClient.ConnectAsync(server, "sam", ConsoleRole.Supervisor);

        var idle = await connection.InvokeAsync<TelemetrySeries>("GetSeries").WaitAsync(HubClient.Deadline);
        Assert.All(idle.Channels, c => Assert.True(c.InUse, $"{c.Name} is hidden with no procedure running"));

        await server.StartProcedureAsync("Case 31", [new SensorSetup(4, "TS3 urethra", SensorRole.CriticalStructure, 2.5, ProtectiveAction.AlarmOnly, [])]);
        var running = await connection.InvokeAsync<TelemetrySeries>("GetSeries").WaitAsync(HubClient.Deadline);

        Assert.Equal([true, true, false, false, true], running.Channels.Select(c => c.InUse));
        Assert.Equal("TS3 urethra", running.Channels[4].Label);
    }
}
