using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Review;

namespace CryoWeb.WebUI.Tests.Review;

public class SummaryTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Time_below_the_thresholds_follows_the_sample_intervals_and_faulted_samples_are_counted_not_used()
    {
        var summarizer = new ChannelSummarizer(["TS1", "TS2"]);
        // Intervals of 0.1 s, then a 0.5 s one, then a 5 s recording gap (counted as 1 s at most).
        (double At, float Ts1, float Ts2)[] samples =
        [
            (0.0, -10f, -50f), (0.1, -25f, float.NaN), (0.2, -45f, -50f), (0.7, -45f, -50f), (5.7, -30f, -300f), (5.8, -5f, -50f),
        ];
        foreach (var (at, ts1, ts2) in samples)
        {
            summarizer.Add(new SampleRow(T0.AddSeconds(at), [ts1, ts2]));
        }

        var result = summarizer.Result();

        var ts1Summary = result[0];
        Assert.Equal(-45.0, ts1Summary.MinimumCelsius);
        Assert.Equal(0.1 + 0.5 + 1.0 + 0.1, ts1Summary.SecondsAtOrBelowMinus20, 3);
        Assert.Equal(0.5 + 1.0, ts1Summary.SecondsAtOrBelowMinus40, 3);
        Assert.Equal((6, 0), (ts1Summary.Samples, ts1Summary.FaultedSamples));

        var ts2Summary = result[1];
        Assert.Equal(-300.0, ts2Summary.MinimumCelsius);
        Assert.Equal(1, ts2Summary.FaultedSamples);
        // The faulted sample's 0.1 s interval is left out: 0.1 + 0.5 + 1.0 + 0.1.
        Assert.Equal(1.7, ts2Summary.SecondsAtOrBelowMinus40, 3);
    }

    [Fact]
    public void A_channel_that_never_read_validly_has_no_minimum()
    {
        var summarizer = new ChannelSummarizer(["TS1"]);
        summarizer.Add(new SampleRow(T0, [float.NaN]));
        summarizer.Add(new SampleRow(T0.AddSeconds(0.1), [float.NaN]));

        var only = Assert.Single(summarizer.Result());

        Assert.Null(only.MinimumCelsius);
        Assert.Equal((0.0, 2), (only.SecondsAtOrBelowMinus20, only.FaultedSamples));
    }

    [Fact]
    public void Probe_durations_run_from_each_recorded_mode_change_to_the_next_or_the_end()
    {
        AuditEvent Change(double at, int probe, ProbeMode mode) => new()
        {
            ProcedureId = Guid.Empty,
            Time = T0.AddSeconds(at),
            User = ProbeModeRecorder.User,
            ClientAddress = "console",
            Command = ProbeModeRecorder.Command,
            Parameters = ProbeModeRecorder.Format(probe, mode, 80),
            Outcome = "accepted",
        };
        var operatorCommand = new AuditEvent
        {
            Time = T0.AddSeconds(1), User = "anna (Operator)", ClientAddress = "10.0.0.2", Command = "SetProbeMode", Parameters = "probe=1 mode=Freeze", Outcome = "accepted",
        };
        AuditEvent[] events =
        [
            Change(0, 1, ProbeMode.Freeze), operatorCommand, Change(600, 1, ProbeMode.PassiveThaw), Change(1080, 1, ProbeMode.Freeze),
            Change(1680, 1, ProbeMode.ActiveThaw), Change(1800, 1, ProbeMode.Off), Change(30, 2, ProbeMode.Stick),
        ];

        var probes = ProbeSummarizer.Summarize(events, T0.AddSeconds(2000));

        Assert.Equal(2, probes.Count);
        Assert.Equal(new ProbeSummary(1, 1200, 0, 480, 120, 2), probes[0] with { Cycles = [] });
        Assert.Equal(600, probes[0].ThawSeconds);
        Assert.Equal(new ProbeSummary(2, 0, 1970, 0, 0, 0), probes[1] with { Cycles = [] });

        // Freeze 0-600, passive thaw to 1080; freeze 1080-1680, active thaw to 1800, then off (not thaw).
        Assert.Equal(
            [(1, T0, 600.0, 480.0), (2, T0.AddSeconds(1080), 600.0, 120.0)],
            probes[0].Cycles.Select(c => (c.Number, c.FreezeStart, c.FreezeSeconds, c.ThawSeconds)));
        Assert.Equal(T0.AddSeconds(1800), probes[0].Cycles[1].CycleEnd);
        Assert.Empty(probes[1].Cycles);
    }
}
