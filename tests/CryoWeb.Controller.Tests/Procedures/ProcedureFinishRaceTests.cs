using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Storage;

namespace CryoWeb.Controller.Tests.Procedures;

/// <summary>
/// Finishing is decided inside the control tick (no check of the probes on the request thread): a freeze queued
/// before the finish is seen by it, and a finish sent twice at once finishes the record once.
/// </summary>
public sealed class ProcedureFinishRaceTests
{
    [Fact]
    public async Task A_freeze_queued_just_before_the_finish_makes_the_finish_refused_and_the_record_keeps_running()
    {
        using var rig = new ProcedureRig();
        rig.Run(TimeSpan.FromSeconds(1));
        var id = await rig.StartProcedureAsync();

        // Both sent before any tick: the probes are all off when the finish is asked for.
        var freeze = rig.Commands.SetProbeMode(ProcedureRig.Operator, 1, ProbeMode.Freeze);
        var finish = rig.Procedures.FinishAsync(ProcedureRig.Operator, id);
        Assert.True((await rig.Complete(freeze)).Accepted);
        var finished = await rig.Complete(finish);

        Assert.False(finished.Accepted);
        Assert.Contains("Probe 1 is still using gas", finished.Reason, StringComparison.Ordinal);
        Assert.Equal(id, rig.Procedures.Running);
        Assert.Equal(id, rig.Recorder.Recording);
        Assert.Equal(ProbeMode.Freeze, rig.Console.Core.Probes[0].Mode);
    }

    [Fact]
    public async Task Two_finishes_sent_together_finish_the_record_once_and_refuse_the_other()
    {
        using var rig = new ProcedureRig();
        rig.Run(TimeSpan.FromSeconds(1));
        var id = await rig.StartProcedureAsync();

        var first = rig.Procedures.FinishAsync(ProcedureRig.Operator, id);
        var second = rig.Procedures.FinishAsync(ProcedureRig.Operator, id);
        var outcomes = new[] { await rig.Complete(first), await rig.Complete(second) };

        Assert.Single(outcomes, o => o.Accepted);
        var refused = Assert.Single(outcomes, o => !o.Accepted);
        Assert.Contains(id.ToString(), refused.Reason, StringComparison.Ordinal);
        Assert.Null(rig.Procedures.Running);
        await rig.Store.FlushAsync();
        Assert.Equal(ProcedureState.Finished, (await rig.Store.ListProceduresAsync()).Single(p => p.Id == id).State);
    }
}
