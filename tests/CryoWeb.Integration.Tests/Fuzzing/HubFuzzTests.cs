using System.Globalization;
using System.Net;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Control;
using CryoWeb.WebUI.Telemetry;
using CryoWeb.WebUI.Tests.Integration;
using CryoWeb.WebUI.Tests.Telemetry;
using CsCheck;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CryoWeb.WebUI.Tests.Fuzzing;

/// <summary>
/// Malformed SignalR invocations (issue 5, bad input) from an Operator's .NET client: unknown methods, wrong argument
/// counts and types, nulls, huge strings beyond the message size limit. Each gives a HubException or a closed
/// connection (the client then reconnects), never a server crash; a refused one changes nothing; and a bystander
/// viewer keeps receiving telemetry throughout.
/// </summary>
public sealed class HubFuzzTests(ITestOutputHelper output)
{
    private static readonly Gen<object?> Argument = Gen.Frequency(
        (3, Gen.Int[-3, 5].Select(i => (object?)i)),
        (2, Gen.OneOf<object?>(null, true, "Freeze", "Froze", "ExtendStep", "", "🧊", int.MaxValue, long.MinValue, "NaN", "-Infinity", -1e308, 50.0, new object[] { 1, "x" }, new Dictionary<string, object> { ["mode"] = "Freeze" })),
        (1, Gen.Double.Where(double.IsFinite).Select(d => (object?)d)), // the JSON protocol cannot carry NaN/±Inf as numbers: sent as strings above
        (1, Gen.Int[10_000, 60_000].Select(n => (object?)new string('x', n))));

    private static readonly Gen<string> Method = Gen.OneOf(
        Gen.OneOf("SetProbeMode", "ProtocolAction", "AcknowledgeAlarm", "GetHistory", "GetOverview", "GetSeries", "PauseAudio", "setprobemode", "OnConnectedAsync", "Dispose", "NoSuchMethod", " "),
        Gen.String[Gen.Char.AlphaNumeric, 1, 40]);

    [Fact]
    public async Task Malformed_invocations_give_a_hub_error_or_a_closed_connection_never_a_crash_and_other_viewers_keep_their_telemetry()
    {
        await using var server = await ConsoleServer.StartAsync();
        var core = server.Services.GetRequiredService<ControlCore>();
        await using var bystander = await HubClient.ConnectAsync(server, "watcher", ConsoleRole.Supervisor);
        int batches = 0;
        bystander.On<TelemetryBatch>(TelemetryHub.BatchMethod, _ => Interlocked.Increment(ref batches));
        // One sign-in; a connection the server closed is replaced with the same cookies (no new user, no password hash).
        await server.AddUserAsync("fuzzer", ConsoleRole.Operator, "a long enough test password");
        var (signedIn, cookies) = await server.SignedInClientAsync("fuzzer", "a long enough test password");
        signedIn.Dispose();
        async Task<HubConnection> ConnectAsync()
        {
            var fresh = HubClient.Build(server, cookies);
            await fresh.StartAsync().WaitAsync(HubClient.Deadline);
            return fresh;
        }

        var connection = await ConnectAsync();
        int hubErrors = 0, closed = 0;
        int thrownByHub = 0;

        await Gen.Select(Method, Argument.Array[0, 4]).SampleAsync(
            async (method, arguments) =>
            {
                if (connection.State != HubConnectionState.Connected)
                {
                    await connection.DisposeAsync();
                    connection = await ConnectAsync();
                }

                string before = ControllerState.Of(core);
                try
                {
                    await connection.InvokeCoreAsync(method, typeof(object), arguments).WaitAsync(HubClient.Deadline);
                    return;
                }
                catch (HubException e)
                {
                    // Over the 4 kB message limit the server closes the connection; the client reports that as a HubException too.
                    _ = connection.State == HubConnectionState.Connected ? hubErrors++ : closed++;
                    Assert.False(string.IsNullOrWhiteSpace(e.Message));
                    // SignalR prefixes what a hub method throws with "An unexpected error occurred invoking 'X' on the
                    // server." and adds the message only for a HubException; so a reason after that prefix must be the
                    // hub's own HubException naming its field. Anything else thrown inside the hub is a bug.
                    if (e.Message.Contains("An unexpected error occurred invoking", StringComparison.Ordinal))
                    {
                        Assert.Matches(@"on the server\. HubException: (Probe \d+|[a-zA-Z][\w.\[\]]*): \S", e.Message);
                        thrownByHub++;
                    }
                }
                catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or IOException && connection.State != HubConnectionState.Connected)
                {
                    closed++;
                }

                Assert.Equal(before, ControllerState.Of(core));
            },
            iter: 80,
            threads: 1,
            print: t => $"{t.Item1}({string.Join(", ", t.Item2.Select(a => a is string s && s.Length > 40 ? $"<{s.Length} chars>" : Convert.ToString(a, CultureInfo.InvariantCulture) ?? "null"))})");

        // Far beyond the hub's message size limit: the server closes that connection rather than read it.
        await connection.DisposeAsync();
        connection = await ConnectAsync();
        var huge = await Record.ExceptionAsync(() => connection.InvokeAsync("SetProbeMode", 1, new string('x', 1 << 20), 50.0).WaitAsync(HubClient.Deadline));
        Assert.True(huge is HubException || connection.State != HubConnectionState.Connected, $"a 1 MB argument gave {huge?.GetType().Name ?? "no error"}");
        await connection.DisposeAsync();
        output.WriteLine($"1 MB argument: {huge?.GetType().Name}: {huge?.Message}");
        output.WriteLine($"refusals thrown by the hub's own checks: {thrownByHub}");
        output.WriteLine($"80 invocations: {hubErrors} hub errors, {closed} closed connections");
        Assert.True(hubErrors > 30, $"only {hubErrors} hub errors ({closed} closed connections)");
        int seen = batches;
        Assert.True(await HubClient.EventuallyAsync(() => batches > seen), "the bystander stopped receiving telemetry");
        using var health = await server.Client().GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        await using var fresh = await HubClient.ConnectAsync(server, "after", ConsoleRole.Operator);
        Assert.NotNull(await fresh.InvokeAsync<TelemetrySeries>("GetSeries").WaitAsync(HubClient.Deadline));
    }
}
