using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace CryoWeb.WebUI.Tests.Reliability;

/// <summary>
/// Power-cord reliability of the real console process: killed with SIGKILL in the middle of a freeze (no shutdown
/// code runs), then started again on the same database. bench/scripts/crash-kill9.sh runs the same cycle 20 times.
/// </summary>
public sealed class KillNineTests(ITestOutputHelper output)
{
    private const int Kills = 2;

    /// <summary>
    /// The store commits every second (the 1 s target of issue 5), and the newest sample in a commit may be up to one
    /// control period (100 ms) old: the design bound. bench/scripts/crash-kill9.sh measured 3 of 20 kills 3-15 ms over
    /// 1 s on a loaded machine (docs/benchmarks.md), so the suite holds the design bound, not the target.
    /// </summary>
    private static readonly TimeSpan MaxLostRecording = TimeSpan.FromSeconds(1) + TimeSpan.FromMilliseconds(100);

    /// <summary>Timer resolution between the test and the console (same machine, same monotonic clock).</summary>
    private static readonly TimeSpan ClockSlack = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task A_console_killed_mid_freeze_restarts_with_gas_off_and_the_procedure_interrupted_losing_at_most_one_commit_of_samples()
    {
        await using var console = await KillableConsole.CreateAsync();
        await console.StartAsync();
        for (int kill = 1; kill <= Kills; kill++)
        {
            var freezeFor = TimeSpan.FromMilliseconds(Random.Shared.Next(2000, 6001));
            Guid procedure;
            long startAsked, startAnswered, killAsked, killDone;
            using (var api = await OperatorApi.SignInAsync(console.BaseAddress, KillableConsole.OperatorName, KillableConsole.Password))
            {
                startAsked = Stopwatch.GetTimestamp();
                procedure = await api.StartFreezingAsync($"kill-9 run {kill}");
                startAnswered = Stopwatch.GetTimestamp();
                await Task.Delay(freezeFor);
                killAsked = Stopwatch.GetTimestamp();
                await console.KillHardAsync();
                killDone = Stopwatch.GetTimestamp();
            }

            // Healthy again means the database opened after the kill.
            await console.StartAsync();
            using var after = await OperatorApi.SignInAsync(console.BaseAddress, KillableConsole.OperatorName, KillableConsole.Password);
            using (var status = await after.FirstStatusAsync())
            {
                var live = status.RootElement.GetProperty("live");
                Assert.True(live.GetProperty("sequence").GetInt64() > 0, "no control frame after the restart");
                Assert.All(live.GetProperty("probes").EnumerateArray(), probe =>
                {
                    Assert.Equal("Off", probe.GetProperty("mode").GetString());
                    Assert.False(probe.GetProperty("freezeValveOpen").GetBoolean(), $"probe {probe.GetProperty("number")} freeze valve open at start-up");
                    Assert.False(probe.GetProperty("thawValveOpen").GetBoolean(), $"probe {probe.GetProperty("number")} thaw valve open at start-up");
                });
            }

            using var detail = await after.ProcedureAsync(procedure);
            var record = detail.RootElement.GetProperty("procedure");
            Assert.Equal("Interrupted", record.GetProperty("state").GetString());
            Assert.True(detail.RootElement.GetProperty("sampleCount").GetInt32() > 0, "no sample survived the kill");
            // Durations, not wall-clock times: the console keeps a steady clock that does not follow a step of the system
            // clock during a procedure, so its record is compared with the test's monotonic clock. The procedure started
            // between startAsked and startAnswered and the process died between killAsked and killDone.
            var recorded = record.GetProperty("endedAt").GetDateTimeOffset() - record.GetProperty("startedAt").GetDateTimeOffset();
            var lostAtLeast = Stopwatch.GetElapsedTime(startAnswered, killAsked) - recorded;
            var lostAtMost = Stopwatch.GetElapsedTime(startAsked, killDone) - recorded;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kill {kill}: froze {freezeFor.TotalSeconds:F1} s, recorded {recorded.TotalSeconds:F3} s, lost between {lostAtLeast.TotalMilliseconds:F0} and {lostAtMost.TotalMilliseconds:F0} ms, {detail.RootElement.GetProperty("sampleCount").GetInt32()} samples"));
            Assert.True(lostAtLeast <= MaxLostRecording, $"at least {lostAtLeast.TotalMilliseconds:F0} ms of recording lost (bound {MaxLostRecording.TotalMilliseconds:F0} ms)");
            Assert.True(lostAtMost >= -ClockSlack, $"the record ends {-lostAtMost.TotalMilliseconds:F0} ms after the process died");
        }
    }
}
