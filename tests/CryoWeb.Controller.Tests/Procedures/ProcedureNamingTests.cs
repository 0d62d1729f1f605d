using CryoWeb.Controller.Setup;
using CryoWeb.Controller.Naming;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Safety;
using CryoWeb.Controller.Storage;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Tests.Procedures;

/// <summary>Alarms name sensors by the team's names while their procedure runs, and by the wiring names again after it.</summary>
public class ProcedureNamingTests
{
    // Channel 3 is wired as "TS1 near P1"; the team calls it "TS1 ureter". A limit of 40 °C is passed at body temperature.
    private static ProcedureSetup Setup() => new(
        "Case 118", "kidney", [1, 2, 3], [new SensorSetup(3, "TS1 ureter", SensorRole.CriticalStructure, 40, ProtectiveAction.AlarmOnly, [])]);

    [Fact]
    public async Task An_alarm_during_the_procedure_names_the_renamed_sensor_and_the_log_keeps_that_text()
    {
        using var rig = new ProcedureRig();
        rig.Run(TimeSpan.FromSeconds(1));
        var (_, procedure) = await rig.Procedures.CreateAsync(ProcedureRig.Operator, Setup());
        Assert.True((await rig.Complete(rig.Procedures.StartAsync(ProcedureRig.Operator, procedure!.Id))).Accepted);
        rig.Run(TimeSpan.FromSeconds(1));

        var alarm = Assert.Single(rig.Alarms.Snapshot().Alarms, a => a.Key == new AlarmKey(AlarmCondition.CriticalStructureLimit, 3));
        Assert.Matches(@"^TS1 ureter at 3\d\.\d °C$", alarm.Detail);
        Assert.Equal("TS1 ureter", rig.Naming.SensorName(3));
        Assert.True(await rig.Store.FlushAsync());
        var stored = Assert.Single(await rig.Store.ReadAlarmsAsync(procedure.Id), a => a.Action == AlarmAction.Raised && a.Key == alarm.Key);
        Assert.Equal(alarm.Detail, stored.Detail);
        var record = (await rig.Store.GetProcedureAsync(procedure.Id))!;
        Assert.Equal(("TS1 ureter", 40.0), (Assert.Single(record.Sensors).Name, record.Sensors[0].LimitCelsius));
        Assert.Equal([0, 1, 2], record.ProbeTipChannels);
    }

    [Fact]
    public async Task A_freeze_the_safety_gate_refuses_names_the_sensor_by_the_teams_name()
    {
        // The same sensor guarding probe 1 with the Stop action, at its limit at body temperature.
        using var rig = new ProcedureRig();
        rig.Run(TimeSpan.FromSeconds(1));
        var setup = new ProcedureSetup(
            "Case 119", "kidney", [1, 2, 3], [new SensorSetup(3, "TS1 ureter", SensorRole.CriticalStructure, 40, ProtectiveAction.Stop, [1])]);
        var (_, procedure) = await rig.Procedures.CreateAsync(ProcedureRig.Operator, setup);
        Assert.True((await rig.Complete(rig.Procedures.StartAsync(ProcedureRig.Operator, procedure!.Id))).Accepted);
        rig.Run(TimeSpan.FromSeconds(1));

        var refused = await rig.Complete(rig.Commands.SetProbeMode(ProcedureRig.Operator, 1, ProbeMode.Freeze, 100));

        Assert.False(refused.Accepted);
        Assert.Matches(@"^TS1 ureter is at 3\d\.\d °C, its limit is 40 °C: freezing probe 1 is blocked\.$", refused.Reason);
    }

    [Fact]
    public async Task After_finishing_the_names_are_the_plants_again()
    {
        using var rig = new ProcedureRig();
        rig.Run(TimeSpan.FromSeconds(1));
        var (_, procedure) = await rig.Procedures.CreateAsync(ProcedureRig.Operator, Setup());
        Assert.True((await rig.Complete(rig.Procedures.StartAsync(ProcedureRig.Operator, procedure!.Id))).Accepted);
        rig.Run(TimeSpan.FromSeconds(1));
        Assert.True((await rig.Complete(rig.Procedures.FinishAsync(ProcedureRig.Operator, procedure.Id))).Accepted);

        rig.Console.Plant.InjectThermocoupleFault(3, SimulatedThermocoupleFault.OpenCircuit);
        rig.Run(TimeSpan.FromSeconds(1));

        Assert.Equal("TS1 near P1", rig.Naming.SensorName(3));
        var fault = Assert.Single(rig.Alarms.Snapshot().Alarms, a => a.Key == new AlarmKey(AlarmCondition.ThermocoupleFault, 3));
        Assert.Equal("TS1 near P1: open thermocouple", fault.Detail);
    }

    [Fact]
    public async Task An_alarm_the_guards_raise_before_the_recorder_begins_is_logged_with_the_procedure()
    {
        using var rig = new ProcedureRig();
        rig.Run(TimeSpan.FromSeconds(1));
        var (_, procedure) = await rig.Procedures.CreateAsync(ProcedureRig.Operator, Setup());

        // What StartAsync does first: the names (and so the procedure) are in force, then the guards go to the controller.
        rig.Naming.Use(procedure!.Id, Setup());
        Assert.True((await rig.Complete(rig.Commands.SetSensorGuards(ProcedureRig.Operator, Setup().Guards()))).Accepted);
        rig.Run(TimeSpan.FromSeconds(1));

        Assert.Null(rig.Recorder.Recording);
        Assert.True(await rig.Store.FlushAsync());
        var raised = Assert.Single(await rig.Store.ReadAlarmsAsync(procedure.Id), a => a.Action == AlarmAction.Raised);
        Assert.StartsWith("TS1 ureter at ", raised.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_set_is_swapped_whole_and_names_unknown_channels_by_number()
    {
        var console = new CryoWeb.Controller.Tests.Control.ConsoleHarness();
        var naming = new ProcedureNaming(console.Hardware);
        var before = naming.Current;

        naming.Use(Guid.NewGuid(), Setup());

        Assert.Equal("TS1 near P1", before.SensorName(3));
        Assert.Equal(["P1 tip", "P2 tip", "P3 tip", "TS1 ureter", "TS2 far"], naming.Current.Channels);
        Assert.Equal("channel 9", naming.SensorName(9));
        Assert.Equal("Probe 2", naming.ProbeName(1));
        naming.Reset();
        Assert.Same(before, naming.Current);
    }
}
