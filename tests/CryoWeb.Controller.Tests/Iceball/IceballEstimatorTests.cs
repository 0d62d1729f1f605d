using System.Text.Json;
using CryoWeb.Controller.Iceball;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Tests.Procedures;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Controller.Frames;

namespace CryoWeb.Controller.Tests.Iceball;

/// <summary>The live estimator following a procedure on the simulator: layouts, replay, failed tip sensor, records.</summary>
public class IceballEstimatorTests
{
    [Fact]
    public async Task It_waits_for_a_procedure_then_for_a_layout_and_replays_the_procedure_when_one_arrives()
    {
        using var rig = new IceballRig();
        rig.Run(TimeSpan.FromSeconds(2));
        Assert.Equal(IceballState.NoProcedure, rig.Estimator.Status.State);

        var id = await rig.StartProcedureAsync();
        await Freeze(rig, 2);
        rig.Run(TimeSpan.FromMinutes(2));
        Assert.Equal(IceballState.NoLayout, rig.Estimator.Status.State);
        Assert.Equal(id, rig.Estimator.Status.ProcedureId);

        var saved = await rig.Records.SaveLayoutAsync(ProcedureRig.Operator, id, IceballRig.Layout);
        Assert.True(saved.Accepted, saved.Reason);
        rig.Estimator.Pump();

        // Replayed at once: the two minutes of freezing before the layout are in the estimate.
        var status = rig.Estimator.Status;
        Assert.Equal(IceballState.Estimating, status.State);
        var estimate = Assert.IsType<IceballEstimate>(status.Estimate);
        Assert.InRange(estimate.ModelMinutes, 1.9, 2.1);
        Assert.Contains(rig.Published, s => s.State == IceballState.CatchingUp);
        var minus20 = estimate.At(-20)!;
        Assert.InRange(minus20.WidthMm, 6, 20);
        Assert.True(estimate.At(0)!.WidthMm > minus20.WidthMm, "the 0 C edge lies outside the -20 C isotherm");
        Assert.Equal(2, estimate.Planes.Count);
        Assert.NotEmpty(estimate.Planes[0].Contours.Single(c => c.Celsius == -20).SegmentsMm);
    }

    [Fact]
    public async Task It_publishes_every_five_seconds_and_shows_the_sensors_beside_the_model()
    {
        using var rig = new IceballRig();
        var id = await rig.StartProcedureAsync();
        Assert.True((await rig.Records.SaveLayoutAsync(ProcedureRig.Operator, id, IceballRig.Layout)).Accepted);
        await Freeze(rig, 1);
        rig.Run(TimeSpan.FromSeconds(5));
        int before = rig.Published.Count(s => s.Estimate is not null);
        rig.Run(TimeSpan.FromSeconds(30));

        Assert.InRange(rig.Published.Count(s => s.Estimate is not null) - before, 5, 7);

        // An estimate is published every 5 s of model time, so the last one may be up to 5 s old, while a sensor 6 mm
        // from a freezing probe cools by more than a degree a second: compare it with the reading of its own moment, run
        // on to the next estimate (how many ticks the freeze command took to be accepted moves the phase).
        int published = rig.Published.Count(s => s.Estimate is not null);
        for (int second = 0; second < 6 && rig.Published.Count(s => s.Estimate is not null) == published; second++)
        {
            rig.Run(TimeSpan.FromSeconds(1));
        }

        Assert.True(rig.Published.Count(s => s.Estimate is not null) > published, "a new estimate within 6 s");
        var agreement = rig.Estimator.Status.Estimate!.Agreement!;
        Assert.Equal([3, 4], agreement.Sensors.Select(s => s.Channel));
        var nearP1 = agreement.Sensors[0];
        double measured = rig.Procedure.Console.Hardware.Thermocouples.Read(3).TemperatureCelsius;
        Assert.InRange(nearP1.MeasuredCelsius, measured - 3, measured + 3);
        Assert.True(nearP1.MeasuredCelsius < 30, $"the sensor 6 mm from a freezing probe cools ({nearP1.MeasuredCelsius} C)");
        Assert.InRange(nearP1.ModelCelsius, nearP1.MeasuredCelsius - 10, nearP1.MeasuredCelsius + 10);
        Assert.True(double.IsFinite(agreement.RmsCelsius) && double.IsFinite(agreement.UncorrectedRmsCelsius));
        Assert.True(agreement.RmsCelsius <= agreement.UncorrectedRmsCelsius, "the best model is never worse than the nominal one");
    }

    [Fact]
    public async Task A_failed_tip_thermocouple_leaves_the_estimate_following_the_valves_and_the_tissue()
    {
        using var rig = new IceballRig();
        var id = await rig.StartProcedureAsync();
        Assert.True((await rig.Records.SaveLayoutAsync(ProcedureRig.Operator, id, IceballRig.Layout)).Accepted);
        await Freeze(rig, 2);
        rig.Run(TimeSpan.FromMinutes(2));

        // The controller stops a probe whose tip it cannot read (passive thaw): the model's wall now follows the
        // modelled tip balance with the valves closed, i.e. the cold tissue around it, and the iceball thaws slowly.
        rig.Procedure.Console.Plant.InjectThermocoupleFault(1, SimulatedThermocoupleFault.OpenCircuit);
        rig.Run(TimeSpan.FromSeconds(60));

        var status = rig.Estimator.Status;
        Assert.Equal(IceballState.Estimating, status.State);
        Assert.Equal(ProbeMode.PassiveThaw, rig.Procedure.Console.Core.Probes[1].Mode);
        double modelled = status.Estimate!.At(0)!.VolumeMilliliters;
        double truth = rig.Procedure.Console.Plant.Tissue.VolumeAtOrBelowMilliliters(0);
        Assert.True(truth > 0.5, $"the simulated iceball is still there after a minute of passive thaw ({truth:F2} mL)");
        // Within 7 %: with the wall taken as body temperature instead (no tip balance) the model loses 11 % of it here.
        Assert.InRange(modelled, truth * 0.93, truth * 1.07);
    }

    [Fact]
    public async Task A_layout_saved_before_the_start_is_used_from_the_start_and_the_last_estimate_is_kept_with_the_procedure()
    {
        using var rig = new IceballRig();
        var (created, procedure) = await rig.Procedure.Procedures.CreateAsync(ProcedureRig.Operator, new("Iceball", "liver", [1, 2, 3], []));
        Assert.True(created.Accepted);
        Assert.True((await rig.Records.SaveLayoutAsync(ProcedureRig.Operator, procedure!.Id, IceballRig.Layout)).Accepted);
        Assert.True((await rig.Procedure.Complete(rig.Procedure.Procedures.StartAsync(ProcedureRig.Operator, procedure.Id))).Accepted);
        await Freeze(rig, 1);
        rig.Run(TimeSpan.FromSeconds(20));
        Assert.Equal(IceballState.Estimating, rig.Estimator.Status.State);
        var last = rig.Estimator.Status.Estimate!;

        Assert.True((await rig.Procedure.Complete(rig.Procedure.Commands.SetProbeMode(ProcedureRig.Operator, 1, ProbeMode.Off))).Accepted);
        Assert.True((await rig.Procedure.Complete(rig.Procedure.Procedures.FinishAsync(ProcedureRig.Operator, procedure.Id))).Accepted);
        rig.Run(TimeSpan.FromSeconds(1));
        Assert.Equal(IceballState.NoProcedure, rig.Estimator.Status.State);

        var kept = await rig.Records.GetEstimateAsync(procedure.Id);
        Assert.NotNull(kept);
        Assert.True(kept.ModelMinutes >= last.ModelMinutes);
        Assert.Equal(IceballRig.Layout.Probes, kept.Layout.Probes);
        var peak = await rig.Records.GetPeakEstimateAsync(procedure.Id);
        Assert.NotNull(peak);
        Assert.Equal(rig.Published.Where(p => p.Estimate is not null).Max(p => p.Estimate!.At(-20)!.VolumeMilliliters), peak.At(-20)!.VolumeMilliliters);
        Assert.Equal(JsonSerializer.Serialize(IceballRig.Layout, IceballJson.Options), JsonSerializer.Serialize(await rig.Records.GetLayoutAsync(procedure.Id), IceballJson.Options));
    }

    [Fact]
    public async Task A_layout_is_refused_for_a_finished_procedure_and_by_a_supervisor_and_changes_nothing()
    {
        using var rig = new IceballRig();
        var id = await rig.StartProcedureAsync();
        var supervisor = ProcedureRig.Operator with { Role = CryoWeb.Controller.Commands.ConsoleRole.Supervisor };
        var refused = await rig.Records.SaveLayoutAsync(supervisor, id, IceballRig.Layout);
        Assert.False(refused.Accepted);
        Assert.Contains("Operator", refused.Reason, StringComparison.Ordinal);

        var bad = IceballRig.Layout with { Target = IceballRig.Layout.Target with { MarginMm = 25 } };
        Assert.Equal("target.marginMm: must be 0 to 20 mm, not 25.", (await rig.Records.SaveLayoutAsync(ProcedureRig.Operator, id, bad)).Reason);
        rig.Run(TimeSpan.FromSeconds(2));
        Assert.Equal(IceballState.NoLayout, rig.Estimator.Status.State);
        Assert.Null(await rig.Records.GetLayoutAsync(id));

        var onlyTwo = await rig.Procedure.Procedures.CreateAsync(ProcedureRig.Operator, new("Two probes", "liver", [1, 2], []));
        Assert.Equal(
            "probes: probe 3 is placed but not in use in this procedure (in use: 1, 2).",
            (await rig.Records.SaveLayoutAsync(ProcedureRig.Operator, onlyTwo.Procedure!.Id, IceballRig.Layout)).Reason);
        var noProtocol = new IceballPlan(IceballRig.Layout, new("Empty", []), [], null!, DateTimeOffset.UnixEpoch, "anna");
        Assert.Equal("protocol.steps: a protocol has 1 to 20 steps.", (await rig.Records.SavePlanAsync(ProcedureRig.Operator, id, noProtocol)).Reason);

        Assert.True((await rig.Procedure.Complete(rig.Procedure.Procedures.FinishAsync(ProcedureRig.Operator, id))).Accepted);
        var late = await rig.Records.SaveLayoutAsync(ProcedureRig.Operator, id, IceballRig.Layout);
        Assert.Contains("neither running nor waiting", late.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Taking_frames_on_the_feed_thread_allocates_nothing_between_seconds()
    {
        using var rig = new IceballRig();
        rig.Procedure.Recorder.Begin(Guid.NewGuid());
        var frame = new ControlFrame(rig.Procedure.Console.Hardware.Thermocouples.ChannelCount, rig.Procedure.Console.Hardware.ProbeCount);
        var start = rig.Procedure.Console.Time.GetUtcNow();
        frame.Time = start;
        rig.Estimator.OnFrame(frame);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1; i < 10; i++)
        {
            frame.Time = start.AddMilliseconds(100 * i);
            rig.Estimator.OnFrame(frame);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static async Task Freeze(IceballRig rig, int probe)
    {
        var outcome = await rig.Procedure.Complete(rig.Procedure.Commands.SetProbeMode(ProcedureRig.Operator, probe, ProbeMode.Freeze));
        Assert.True(outcome.Accepted, outcome.Reason);
    }
}
