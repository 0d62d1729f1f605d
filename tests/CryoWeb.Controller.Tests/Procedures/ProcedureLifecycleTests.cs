using CryoWeb.Controller.Setup;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Safety;
using CryoWeb.Controller.Storage;
using CryoWeb.Hardware.Simulation;
using Microsoft.Extensions.Logging.Abstractions;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Tests.Procedures;

public class ProcedureLifecycleTests
{
    private static ProcedureSetup Setup() => new(
        "Case 117", "kidney", [1, 2, 3], [new SensorSetup(3, "TS1 ureter", SensorRole.CriticalStructure, 0, ProtectiveAction.AlarmOnly, [])]);

    [Fact]
    public async Task A_10_8_10_procedure_on_three_probes_is_recorded_completely_with_its_audit_trail_and_alarms()
    {
        using var rig = new ProcedureRig();
        rig.Run(TimeSpan.FromSeconds(1));
        var (created, procedure) = await rig.Procedures.CreateAsync(ProcedureRig.Operator, Setup());
        Assert.True(created.Accepted, created.Reason);
        Assert.True((await rig.Complete(rig.Procedures.StartAsync(ProcedureRig.Operator, procedure!.Id))).Accepted);
        Assert.True((await rig.Complete(rig.Commands.StartProtocol(ProcedureRig.Operator, ProtocolPresets.DoubleFreeze, []))).Accepted);
        rig.Run(TimeSpan.FromMinutes(12));
        rig.Console.Plant.InjectThermocoupleFault(4, SimulatedThermocoupleFault.OpenCircuit);
        rig.Run(TimeSpan.FromSeconds(2));
        rig.Console.Plant.ClearFaults();
        rig.Run(TimeSpan.FromMinutes(19));
        Assert.All(rig.Console.Core.Protocols, run => Assert.Equal(ProtocolState.Completed, run.State));
        var finished = await rig.Complete(rig.Procedures.FinishAsync(ProcedureRig.Operator, procedure.Id));
        Assert.True(finished.Accepted, finished.Reason);

        var record = await rig.Store.GetProcedureAsync(procedure.Id);
        Assert.Equal(ProcedureState.Finished, record!.State);
        Assert.Equal(["P1 tip", "P2 tip", "P3 tip", "TS1 ureter", "TS2 far"], record.ChannelNames);
        var samples = await rig.Store.ReadSamplesAsync(procedure.Id, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        var gaps = samples.Zip(samples.Skip(1), (a, b) => b.Time - a.Time).Distinct().ToList();
        Assert.Equal([TimeSpan.FromMilliseconds(100)], gaps);
        Assert.InRange(samples.Count, 31 * 600, (31 * 600) + 60);
        Assert.Contains(samples, s => s.ChannelCelsius[0] < -130);
        Assert.Contains(samples, s => float.IsNaN(s.ChannelCelsius[4]));

        var events = await rig.Store.ReadEventsAsync(procedure.Id);
        Assert.Contains(events, e => e.Command == "StartProtocol" && e.Outcome == "accepted" && e.User == "anna (Operator)" && e.ClientAddress == "10.0.0.21");
        var alarms = await rig.Store.ReadAlarmsAsync(procedure.Id);
        Assert.Contains(alarms, a => a.Key == new AlarmKey(AlarmCondition.ThermocoupleFault, 4) && a.Action == AlarmAction.Raised && a.Detail == "TS2 far: open thermocouple");
        Assert.Contains(alarms, a => a.Key == new AlarmKey(AlarmCondition.ThermocoupleFault, 4) && a.Action == AlarmAction.Ended);
    }

    [Fact]
    public async Task Finishing_while_gas_flows_is_refused_and_changes_nothing()
    {
        using var rig = new ProcedureRig();
        rig.Run(TimeSpan.FromSeconds(1));
        var (_, procedure) = await rig.Procedures.CreateAsync(ProcedureRig.Operator, Setup());
        Assert.True((await rig.Complete(rig.Procedures.StartAsync(ProcedureRig.Operator, procedure!.Id))).Accepted);
        Assert.True((await rig.Complete(rig.Commands.SetProbeMode(ProcedureRig.Operator, 2, ProbeMode.Freeze))).Accepted);

        var refused = await rig.Complete(rig.Procedures.FinishAsync(ProcedureRig.Operator, procedure.Id));

        Assert.Equal("Probe 2 is still using gas (freezing): stop it before finishing the procedure.", refused.Reason);
        Assert.Equal(procedure.Id, rig.Procedures.Running);
    }

    [Fact]
    public async Task A_supervisor_cannot_create_a_procedure()
    {
        using var rig = new ProcedureRig();
        var (outcome, procedure) = await rig.Procedures.CreateAsync(new CryoWeb.Controller.Commands.Caller("sam", CryoWeb.Controller.Commands.ConsoleRole.Supervisor, "x"), Setup());

        Assert.False(outcome.Accepted);
        Assert.Null(procedure);
        Assert.Empty(await rig.Store.ListProceduresAsync());
    }

    [Fact]
    public async Task When_the_process_dies_mid_freeze_the_reopened_record_is_interrupted_with_every_committed_sample()
    {
        var rig = new ProcedureRig();
        rig.Run(TimeSpan.FromSeconds(1));
        var (_, procedure) = await rig.Procedures.CreateAsync(ProcedureRig.Operator, Setup());
        Assert.True((await rig.Complete(rig.Procedures.StartAsync(ProcedureRig.Operator, procedure!.Id))).Accepted);
        Assert.True((await rig.Complete(rig.Commands.StartProtocol(ProcedureRig.Operator, ProtocolPresets.DoubleFreeze, []))).Accepted);
        rig.Run(TimeSpan.FromSeconds(30));
        Assert.True(await rig.Store.FlushAsync());
        var committed = await rig.Store.ReadSamplesAsync(procedure.Id, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);

        // Crash: no Dispose, no Finish; the files are copied as they are at that instant and opened by a new process.
        rig.Store.HaltWriterForCrashTest();
        string copy = Path.Combine(rig.Folder, "after-crash.db");
        File.Copy(rig.DatabasePath, copy);
        string log = Path.Combine(rig.Folder, "cryo-log.db");
        if (File.Exists(log))
        {
            File.Copy(log, Path.Combine(rig.Folder, "after-crash-log.db"));
        }

        using var reopened = new ProcedureStore(copy, rig.Console.Time, NullLogger<ProcedureStore>.Instance, new StorageOptions());
        var recovery = await reopened.Opened;
        Assert.Equal([procedure.Id], recovery.InterruptedProcedures);
        Assert.Equal(ProcedureState.Interrupted, (await reopened.GetProcedureAsync(procedure.Id))!.State);
        var kept = await reopened.ReadSamplesAsync(procedure.Id, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        Assert.True(committed.Count >= 300, $"{committed.Count} samples committed");
        Assert.Equal(committed.Select(s => s.Time), kept.Take(committed.Count).Select(s => s.Time));
        Directory.Delete(rig.Folder, recursive: true);
    }
}
