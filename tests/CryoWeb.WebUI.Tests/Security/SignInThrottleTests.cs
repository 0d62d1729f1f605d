using System.Net;
using System.Net.Http.Json;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Accounts;
using CryoWeb.WebUI.Tests.Integration;

namespace CryoWeb.WebUI.Tests.Security;

/// <summary>
/// Issue 13, finding 4: 250 concurrent junk sign-ins delayed a real Operator's sign-in to 15 s. A client's sign-ins run
/// one at a time with a short queue (the rest refused at once); another client does not wait behind them.
/// </summary>
public sealed class SignInThrottleTests
{
    [Fact]
    public async Task A_flooding_client_waits_in_its_own_queue_and_another_client_goes_ahead()
    {
        using var throttle = new SignInThrottle();
        var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        int started = 0;
        var flood = Enumerable.Range(0, 20).Select(_ => throttle.RunAsync("10.0.0.66", async () =>
        {
            Interlocked.Increment(ref started);
            return await release.Task;
        })).ToList();

        // Refused at once: everything beyond the one running and the short queue.
        int refusedAtOnce = flood.Count(t => t.IsCompleted && t.Result.Throttled);
        Assert.Equal(20 - 1 - SignInThrottle.QueuePerClient, refusedAtOnce);
        Assert.Equal(1, Volatile.Read(ref started));

        // Another client runs while the flooder's attempt is still in progress.
        var other = await throttle.RunAsync("10.0.0.5", () => Task.FromResult(true));
        Assert.False(other.Throttled);
        Assert.True(other.Value);
        Assert.False(flood.All(t => t.IsCompleted));

        release.SetResult(false);
        var results = await Task.WhenAll(flood);
        Assert.Equal(1 + SignInThrottle.QueuePerClient, results.Count(r => !r.Throttled));
    }

    [Fact]
    public async Task With_a_flood_from_one_client_in_flight_an_operator_on_another_signs_in_and_the_flood_is_refused_429()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("olivia", ConsoleRole.Operator, "correct horse battery");
        using var flooder = SignInLoopbackClient.From(server, "127.0.0.2");
        using var operatorTablet = SignInLoopbackClient.From(server, "127.0.0.3");

        var flood = Enumerable.Range(0, 60).Select(i => flooder.PostAsJsonAsync("/api/token", new { userName = "olivia", password = "junk password " + i })).ToList();
        using var signIn = await operatorTablet.PostAsJsonAsync("/api/token", new { userName = "olivia", password = "correct horse battery" });

        var answers = await Task.WhenAll(flood);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.True(answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests) >= 50, string.Join(",", answers.Select(a => (int)a.StatusCode)));
        Assert.Contains("Too many sign-in attempts", await answers.First(a => a.StatusCode == HttpStatusCode.TooManyRequests).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }
}
