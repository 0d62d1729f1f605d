using System.Net;
using System.Threading.Channels;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.ControlThread;
using CryoWeb.Controller.Probes;
using CryoWeb.WebUI.Accounts;
using CryoWeb.WebUI.Live;
using CryoWeb.WebUI.Telemetry;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.WebUI.Tests.Telemetry;

public sealed class TelemetryHubTests
{
    [Fact]
    public async Task A_supervisor_receives_batches_of_five_channels_with_increasing_times_and_is_counted_as_a_viewer()
    {
        await using var server = await ConsoleServer.StartAsync();
        var viewers = server.Services.GetRequiredService<ViewerRegistry>();
        var batches = Channel.CreateUnbounded<TelemetryBatch>();
        await using (var connection = await HubClient.ConnectAsync(server, "sam", ConsoleRole.Supervisor))
        {
            connection.On<TelemetryBatch>(TelemetryHub.BatchMethod, b => batches.Writer.TryWrite(b));
            Assert.True(await HubClient.EventuallyAsync(() => viewers.HubConnections == 1), "the connection was not counted");

            long lastTime = 0;
            for (int i = 0; i < 5; i++)
            {
                var batch = await batches.Reader.ReadAsync().AsTask().WaitAsync(HubClient.Deadline);
                Assert.Equal(5, batch.Values.Count);
                Assert.All(batch.Values, column => Assert.Equal(batch.Times.Count, column.Count));
                Assert.All(batch.Times, t => Assert.True(t > lastTime, "times must increase across batches"));
                lastTime = batch.Times.Count > 0 ? batch.Times[^1] : lastTime;
                Assert.InRange(batch.Times.Count, 0, 10);
            }

            var series = await connection.InvokeAsync<TelemetrySeries>("GetSeries");
            Assert.Equal(["Probe 1 tip", "Probe 2 tip", "TS1 margin", "TS2 margin", "TS3 critical"], series.Channels.Select(c => c.Name));
            Assert.Equal([1, 2, null, null, null], series.Channels.Select(c => c.Probe));
            Assert.Equal([0.0, -20, -40], series.GuideLinesCelsius);

            var history = await connection.InvokeAsync<TelemetryHistorySlice>("GetHistory", lastTime - 1000);
            Assert.Contains(lastTime, history.Times);
            Assert.All(history.Times, t => Assert.True(t > lastTime - 1000));
            var overview = await connection.InvokeAsync<TelemetryOverview>("GetOverview", 100);
            Assert.NotEmpty(overview.Times);
        }

        Assert.True(await HubClient.EventuallyAsync(() => viewers.HubConnections == 0), "the closed connection is still counted");
    }

    [Fact]
    public async Task The_hub_takes_no_commands_even_from_an_operator_they_go_through_the_command_service()
    {
        // Issue 15: one transport per client kind (Blazor and REST call the command service); the hub only serves data.
        await using var server = await ConsoleServer.StartAsync();
        var board = server.Services.GetRequiredService<LiveStatusBoard>();
        await server.StartProcedureAsync();
        await using var connection = await HubClient.ConnectAsync(server, "olivia", ConsoleRole.Operator);

        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("SetProbeMode", 1, "Freeze", 100.0));
        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("ProtocolAction", 1, "Pause", 0.0));
        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("EmergencyStop"));
        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("AcknowledgeAlarm", 1L));
        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("PauseAudio"));
        Assert.Null(server.Services.GetRequiredService<CryoWeb.Controller.Alarms.AlarmManager>().Snapshot().Audio.PausedBy);

        long after = board.Current.Sequence + 5;
        Assert.True(await HubClient.EventuallyAsync(() => board.Current.Sequence > after), "no frames");
        Assert.False(board.Current.EmergencyStopLatched);
        Assert.All(board.Current.Probes, p => Assert.Equal(ProbeMode.Off, p.Mode));
        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    [Fact]
    public async Task An_open_connection_is_closed_within_a_second_once_its_user_is_disabled_or_demoted()
    {
        // Issue 13: a disabled Supervisor kept receiving telemetry for over 105 s.
        await using var server = await ConsoleServer.StartAsync();
        var board = server.Services.GetRequiredService<LiveStatusBoard>();
        await server.AddUserAsync("ada", ConsoleRole.Admin, "a long enough test password");
        var admin = new Caller("ada", ConsoleRole.Admin, "127.0.0.1");
        var directory = server.Services.GetRequiredService<UserDirectory>();
        await using var olivia = await HubClient.ConnectAsync(server, "olivia", ConsoleRole.Operator);
        await using var sam = await HubClient.ConnectAsync(server, "sam", ConsoleRole.Supervisor);
        var oliviaClosed = Closed(olivia);
        var samClosed = Closed(sam);

        Assert.True((await directory.ChangeRoleAsync(admin, "olivia", "Supervisor")).Accepted);
        await oliviaClosed.WaitAsync(TimeSpan.FromSeconds(1));
        Assert.True((await directory.SetEnabledAsync(admin, "sam", enabled: false)).Accepted);
        await samClosed.WaitAsync(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => olivia.InvokeAsync<TelemetrySeries>("GetSeries"));
        Assert.All(board.Current.Probes, p => Assert.Equal(ProbeMode.Off, p.Mode));
        Assert.True(await HubClient.EventuallyAsync(() => server.Services.GetRequiredService<HubSessionConnections>().Count == 0), "the closed connections are still tracked");
    }

    private static Task Closed(HubConnection connection)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }

    [Fact]
    public async Task When_the_control_loop_stops_viewers_hear_heartbeats_saying_the_controller_is_silent_with_its_age()
    {
        await using var server = await ConsoleServer.StartAsync();
        var beats = Channel.CreateUnbounded<TelemetryHeartbeat>();
        await using var connection = await HubClient.ConnectAsync(server, "sam", ConsoleRole.Supervisor);
        connection.On<TelemetryHeartbeat>(TelemetryHub.HeartbeatMethod, b => beats.Writer.TryWrite(b));

        // The loop stalls (here: stopped for good, as a hung control thread would look to the web side).
        await server.Services.GetRequiredService<ControlLoop>().StopAsync(CancellationToken.None);

        TelemetryHeartbeat beat;
        do
        {
            beat = await beats.Reader.ReadAsync().AsTask().WaitAsync(HubClient.Deadline);
        }
        while (beat.ControllerPublishing || beat.NewestFrameAgeMilliseconds < 2000);

        Assert.InRange(beat.NewestFrameAgeMilliseconds ?? 0, 2000, 15000);
        Assert.InRange(beat.ServerUnixMs, DateTimeOffset.UtcNow.AddSeconds(-5).ToUnixTimeMilliseconds(), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task An_anonymous_connection_is_refused_with_401()
    {
        await using var server = await ConsoleServer.StartAsync();
        await using var connection = HubClient.Build(server, cookies: null);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(0, server.Services.GetRequiredService<ViewerRegistry>().HubConnections);
    }

    [Fact]
    public async Task An_oversized_message_closes_that_connection_and_the_server_carries_on()
    {
        await using var server = await ConsoleServer.StartAsync();
        await using var connection = await HubClient.ConnectAsync(server, "olivia", ConsoleRole.Operator);
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += e =>
        {
            closed.TrySetResult(e);
            return Task.CompletedTask;
        };

        string huge = new('x', (int)TelemetryHub.MaximumReceiveBytes * 4);
        var invoke = connection.InvokeAsync("GetHistory", huge);
        await closed.Task.WaitAsync(HubClient.Deadline);
        var failure = await Record.ExceptionAsync(() => invoke.WaitAsync(HubClient.Deadline));
        Assert.NotNull(failure);
        Assert.IsNotType<TimeoutException>(failure);
        Assert.All(server.Services.GetRequiredService<LiveStatusBoard>().Current.Probes, p => Assert.Equal(ProbeMode.Off, p.Mode));

        await connection.StartAsync().WaitAsync(HubClient.Deadline);
        var series = await connection.InvokeAsync<TelemetrySeries>("GetSeries").WaitAsync(HubClient.Deadline);
        Assert.Equal(5, series.Channels.Count);
    }
}
