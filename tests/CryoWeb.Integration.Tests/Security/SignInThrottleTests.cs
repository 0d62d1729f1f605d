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
        var flood = Enumerable.Range(0, 20).Select(_ => throttle.RunAsync("10.0.0.66", "olivia", async () =>
        {
            Interlocked.Increment(ref started);
            return await release.Task;
        })).ToList();

        // Refused at once: everything beyond the one running and the short queue.
        int refusedAtOnce = flood.Count(t => t.IsCompleted && t.Result.Throttled);
        Assert.Equal(20 - 1 - SignInThrottle.QueuePerClient, refusedAtOnce);
        Assert.Equal(1, Volatile.Read(ref started));

        // Another client runs while the flooder's attempt is still in progress.
        var other = await throttle.RunAsync("10.0.0.5", "olivia", () => Task.FromResult(true));
        Assert.False(other.Throttled);
        Assert.True(other.Value);
        Assert.False(flood.All(t => t.IsCompleted));

        release.SetResult(false);
        var results = await Task.WhenAll(flood);
        Assert.Equal(1 + SignInThrottle.QueuePerClient, results.Count(r => !r.Throttled));
    }

    [Fact]
    public async Task A_flood_from_many_addresses_is_bounded_for_all_and_never_holds_back_the_consoles_own_screen()
    {
        // Issue 13 re-test: 250 junk sign-ins from 250 addresses delayed the kiosk's sign-in by 13 s (per-address limits
        // alone do not bound many addresses).
        using var throttle = new SignInThrottle();
        var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        int started = 0;
        var flood = Enumerable.Range(0, 250).Select(i => throttle.RunAsync($"10.1.{i / 200}.{i % 200}", $"junk{i}", async () =>
        {
            Interlocked.Increment(ref started);
            return await release.Task;
        })).ToList();

        Assert.Equal(SignInThrottle.AtOnceForAll, Volatile.Read(ref started));
        Assert.Equal(250 - SignInThrottle.AtOnceForAll - SignInThrottle.QueueForAll, flood.Count(t => t.IsCompleted && t.Result.Throttled));
        var kiosk = throttle.RunAsync("127.0.0.1", "olivia", () => Task.FromResult(true));
        var kioskV6 = throttle.RunAsync("::1", "olivia", () => Task.FromResult(true));
        Assert.True(kiosk.IsCompletedSuccessfully, "the kiosk waited behind the flood");
        Assert.True(kioskV6.IsCompletedSuccessfully, "the kiosk waited behind the flood");
        Assert.True((await kiosk).Value);
        Assert.True((await kioskV6).Value);

        release.SetResult(false);
        await Task.WhenAll(flood);
    }

    [Fact]
    public async Task Spraying_addresses_buys_no_more_guesses_at_one_account_than_its_limit_a_minute()
    {
        using var throttle = new SignInThrottle();
        var results = new List<bool>();
        for (int i = 0; i < 300; i++)
        {
            var (throttled, _) = await throttle.RunAsync($"10.2.{i / 200}.{i % 200}", i % 2 == 0 ? "olivia" : " OLIVIA ", () => Task.FromResult(true));
            results.Add(throttled);
        }

        Assert.Equal(SignInThrottle.AttemptsPerAccountPerMinute, results.Count(t => !t));
        var (otherAccount, _) = await throttle.RunAsync("10.3.0.1", "oscar", () => Task.FromResult(true));
        var (kiosk, _) = await throttle.RunAsync("127.0.0.1", "olivia", () => Task.FromResult(true));
        Assert.False(otherAccount);
        Assert.False(kiosk);
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
