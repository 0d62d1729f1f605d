using CryoWeb.Controller.Setup;
using CryoWeb.Controller.Safety;
using CryoWeb.Controller.Storage;

namespace CryoWeb.Controller.Tests.Procedures;

/// <summary>
/// Issue 13: two starts of two different procedures sent together were both accepted and both stored as Running; the
/// screen then showed one procedure's critical-structure guard while the controller enforced the other's. Starting
/// is one atomic step: the second start is refused with the reason.
/// </summary>
public sealed class ProcedureStartRaceTests
{
    private static ProcedureSetup Setup(string label, string sensorName, double limitCelsius) =>
        new(label, "kidney", [1], [new SensorSetup(3, sensorName, SensorRole.CriticalStructure, limitCelsius, ProtectiveAction.AlarmOnly, [])]);

    [Fact]
    public async Task Two_starts_sent_together_run_one_procedure_and_refuse_the_other_with_the_reason()
    {
        using var rig = new ProcedureRig();
        rig.Run(TimeSpan.FromSeconds(1));
        var (_, first) = await rig.Procedures.CreateAsync(ProcedureRig.Operator, Setup("Case A", "TS1 ureter", 3));
        var (_, second) = await rig.Procedures.CreateAsync(ProcedureRig.Operator, Setup("Case B", "TS1 bowel", 8));

        // Both requests arrive at the same moment, on two threads of their own (not the pool, which a loaded test run
        // may starve). Each start decides, under its lock, before its first await: the tasks they return are pending
        // on the control tick that applies the guards.
        using var barrier = new Barrier(2);
        var starters = new[] { first!.Id, second!.Id }
            .Select(id => Task.Factory.StartNew(
                () =>
                {
                    Assert.True(barrier.SignalAndWait(TimeSpan.FromSeconds(30)), "the other start never came");
                    return rig.Procedures.StartAsync(ProcedureRig.Operator, id);
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default))
            .ToArray();
        var pending = await Task.WhenAll(starters).WaitAsync(TimeSpan.FromSeconds(30));
        var outcomes = new CommandOutcomeAndId[2];
        for (int i = 0; i < 2; i++)
        {
            outcomes[i] = new(await rig.Complete(pending[i]), i == 0 ? first.Id : second.Id);
        }

        var accepted = Assert.Single(outcomes, o => o.Outcome.Accepted);
        var refused = Assert.Single(outcomes, o => !o.Outcome.Accepted);
        string acceptedLabel = accepted.Id == first.Id ? "Case A" : "Case B";
        Assert.Equal($"procedure: '{acceptedLabel}' is running ({accepted.Id}); finish it first.", refused.Outcome.Reason);
        Assert.Equal(accepted.Id, rig.Procedures.Running);
        Assert.Equal(accepted.Id == first.Id ? "TS1 ureter" : "TS1 bowel", rig.Procedures.RunningSetup!.Sensors.Single().Name);
        await rig.Store.FlushAsync();
        var running = (await rig.Store.ListProceduresAsync()).Where(p => p.State == ProcedureState.Running).ToList();
        Assert.Equal(accepted.Id, Assert.Single(running).Id);
        Assert.NotNull(rig.Procedures.WaitingSetup(refused.Id));
    }

    [Fact]
    public async Task The_same_procedure_started_twice_at_once_starts_once()
    {
        using var rig = new ProcedureRig();
        rig.Run(TimeSpan.FromSeconds(1));
        var (_, procedure) = await rig.Procedures.CreateAsync(ProcedureRig.Operator, Setup("Case A", "TS1 ureter", 3));

        var firstStart = rig.Procedures.StartAsync(ProcedureRig.Operator, procedure!.Id);
        var secondStart = rig.Procedures.StartAsync(ProcedureRig.Operator, procedure.Id);
        var outcomes = new[] { await rig.Complete(firstStart), await rig.Complete(secondStart) };

        Assert.Single(outcomes, o => o.Accepted);
        Assert.Equal(procedure.Id, rig.Procedures.Running);
    }

    private sealed record CommandOutcomeAndId(CryoWeb.Controller.Outcomes.CommandOutcome Outcome, Guid Id);
}
