using CryoWeb.Controller.Iceball;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Tests.Procedures;

namespace CryoWeb.Controller.Tests.Iceball;

/// <summary>The estimator under the awkward cases: a failing subscriber, a lagging thread across procedures, shutdown.</summary>
public class IceballEstimatorRobustnessTests
{
    [Fact]
    public async Task A_subscriber_that_throws_does_not_stop_the_estimate_or_the_others()
    {
        using var rig = new IceballRig();
        int seen = 0;
        rig.Estimator.Changed += (_, _) => throw new InvalidOperationException("a broken view");
        rig.Estimator.Changed += (_, _) => seen++;
        var id = await rig.StartProcedureAsync();
        Assert.True((await rig.Records.SaveLayoutAsync(ProcedureRig.Operator, id, IceballRig.Layout)).Accepted);
        rig.Run(TimeSpan.FromSeconds(12));

        Assert.Equal(IceballState.Estimating, rig.Estimator.Status.State);
        Assert.NotNull(rig.Estimator.Status.Estimate);
        Assert.True(seen >= 3, $"the second subscriber still hears every change ({seen})");
    }

    [Fact]
    public async Task Seconds_still_queued_when_a_procedure_ends_finish_it_and_never_reach_the_next()
    {
        using var rig = new IceballRig();
        var first = await rig.StartProcedureAsync();
        Assert.True((await rig.Records.SaveLayoutAsync(ProcedureRig.Operator, first, IceballRig.Layout)).Accepted);
        rig.Run(TimeSpan.FromSeconds(2));
        Assert.True((await rig.Procedure.Complete(rig.Procedure.Commands.SetProbeMode(ProcedureRig.Operator, 2, ProbeMode.Freeze))).Accepted);

        // The estimator lags: 40 s of the first procedure and 10 s of the next wait in its queue.
        rig.EstimatorRuns = false;
        rig.Run(TimeSpan.FromSeconds(40));
        Assert.True((await rig.Procedure.Complete(rig.Procedure.Commands.SetProbeMode(ProcedureRig.Operator, 2, ProbeMode.Off))).Accepted);
        Assert.True((await rig.Procedure.Complete(rig.Procedure.Procedures.FinishAsync(ProcedureRig.Operator, first))).Accepted);
        var second = await rig.StartProcedureAsync();
        rig.Run(TimeSpan.FromSeconds(10));
        rig.EstimatorRuns = true;
        rig.Estimator.Pump();

        var kept = await rig.Records.GetEstimateAsync(first);
        Assert.NotNull(kept);
        Assert.InRange(kept.ModelMinutes, 0.65, 0.8); // every queued second of the first procedure (about 42 s), none of the next
        Assert.Equal(second, rig.Estimator.Status.ProcedureId);
        Assert.Equal(IceballState.NoLayout, rig.Estimator.Status.State);

        Assert.True((await rig.Records.SaveLayoutAsync(ProcedureRig.Operator, second, IceballRig.Layout)).Accepted);
        rig.Estimator.Pump();
        Assert.InRange(rig.Estimator.Status.Estimate!.ModelMinutes, 0.1, 0.25); // the second procedure's own 10 s only
    }

    [Fact]
    public async Task Stopping_the_console_keeps_the_running_procedures_last_estimate()
    {
        using var rig = new IceballRig();
        var id = await rig.StartProcedureAsync();
        Assert.True((await rig.Records.SaveLayoutAsync(ProcedureRig.Operator, id, IceballRig.Layout)).Accepted);
        rig.Run(TimeSpan.FromSeconds(12)); // before the first 30-s save
        Assert.Null(await rig.Records.GetEstimateAsync(id));

        await rig.Estimator.StopAsync(CancellationToken.None);

        var kept = await rig.Records.GetEstimateAsync(id);
        Assert.NotNull(kept);
        Assert.Equal(rig.Estimator.Status.Estimate!.ModelMinutes, kept.ModelMinutes);
    }
}
