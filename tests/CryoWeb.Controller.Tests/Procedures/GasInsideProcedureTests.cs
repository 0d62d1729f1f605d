using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;

namespace CryoWeb.Controller.Tests.Procedures;

/// <summary>Gas only ever flows inside a recorded procedure, and a finished procedure leaves nothing behind.</summary>
public class GasInsideProcedureTests
{
    private const string NoProcedure = "Start a procedure first: gas is used only inside a recorded procedure.";

    [Theory]
    [InlineData(ProbeMode.Freeze)]
    [InlineData(ProbeMode.Stick)]
    [InlineData(ProbeMode.ActiveThaw)]
    public async Task Gas_with_no_procedure_running_is_refused_with_the_reason_and_audited(ProbeMode mode)
    {
        using var rig = new ProcedureRig();
        rig.Run(TimeSpan.FromSeconds(1));

        var outcome = await rig.Complete(rig.Commands.SetProbeMode(ProcedureRig.Operator, 1, mode));
        rig.Run(TimeSpan.FromSeconds(1));

        Assert.False(outcome.Accepted);
        Assert.Equal(NoProcedure, outcome.Reason);
        Assert.Equal(ProbeMode.Off, rig.Console.Core.Probes[0].Mode);
        Assert.False(rig.Console.Hardware.Valves.IsOpen(Hardware.Valves.ValveId.FreezeOf(0)));
    }

    [Fact]
    public async Task A_protocol_cannot_start_with_no_procedure_but_stopping_gas_is_always_allowed()
    {
        using var rig = new ProcedureRig();
        rig.Run(TimeSpan.FromSeconds(1));

        var start = await rig.Complete(rig.Commands.StartProtocol(ProcedureRig.Operator, ProtocolPresets.DoubleFreeze, [1]));
        var off = await rig.Complete(rig.Commands.SetProbeMode(ProcedureRig.Operator, 1, ProbeMode.Off));
        var passive = await rig.Complete(rig.Commands.SetProbeMode(ProcedureRig.Operator, 1, ProbeMode.PassiveThaw));

        Assert.Equal(NoProcedure, start.Reason);
        Assert.Equal(ProtocolState.None, rig.Console.Core.Protocols[0].State);
        Assert.True(off.Accepted, off.Reason);
        Assert.True(passive.Accepted, passive.Reason);
    }

    [Fact]
    public async Task Gas_for_a_probe_not_in_the_procedures_set_up_is_refused_whatever_the_page_shows()
    {
        // Probes 1 and 2 are in use; probe 3 is wired but not in the set-up, so nothing records it as used.
        using var rig = new ProcedureRig();
        rig.Run(TimeSpan.FromSeconds(1));
        await rig.StartProcedureAsync(new CryoWeb.Controller.Setup.ProcedureSetup("Case 41", "kidney", [1, 2], []));

        var freeze = await rig.Complete(rig.Commands.SetProbeMode(ProcedureRig.Operator, 3, ProbeMode.Freeze));
        var protocol = await rig.Complete(rig.Commands.StartProtocol(ProcedureRig.Operator, ProtocolPresets.DoubleFreeze, [2, 3]));
        var inUse = await rig.Complete(rig.Commands.SetProbeMode(ProcedureRig.Operator, 2, ProbeMode.Freeze));
        rig.Run(TimeSpan.FromSeconds(1));

        Assert.Equal("Probe 3 is not in use in this procedure (not listed in its set-up): no gas.", freeze.Reason);
        Assert.Equal("Probe 3 is not in use in this procedure (not listed in its set-up): no gas.", protocol.Reason);
        Assert.Equal(ProbeMode.Off, rig.Console.Core.Probes[2].Mode);
        Assert.Equal(ProtocolState.None, rig.Console.Core.Protocols[1].State);
        Assert.True(inUse.Accepted, inUse.Reason);
    }

    [Fact]
    public async Task Inside_a_procedure_gas_is_allowed_and_after_its_finish_it_is_refused_again()
    {
        using var rig = new ProcedureRig();
        rig.Run(TimeSpan.FromSeconds(1));
        var id = await rig.StartProcedureAsync();
        Assert.True((await rig.Complete(rig.Commands.SetProbeMode(ProcedureRig.Operator, 1, ProbeMode.Freeze))).Accepted);
        Assert.True((await rig.Complete(rig.Commands.SetProbeMode(ProcedureRig.Operator, 1, ProbeMode.Off))).Accepted);

        Assert.True((await rig.Complete(rig.Procedures.FinishAsync(ProcedureRig.Operator, id))).Accepted);
        var after = await rig.Complete(rig.Commands.SetProbeMode(ProcedureRig.Operator, 1, ProbeMode.Freeze));

        Assert.Equal(NoProcedure, after.Reason);
        Assert.Equal(ProbeMode.Off, rig.Console.Core.Probes[0].Mode);
    }

    [Fact]
    public async Task A_refused_finish_keeps_the_procedure_and_its_gas_permit()
    {
        using var rig = new ProcedureRig();
        rig.Run(TimeSpan.FromSeconds(1));
        var id = await rig.StartProcedureAsync();
        Assert.True((await rig.Complete(rig.Commands.SetProbeMode(ProcedureRig.Operator, 2, ProbeMode.Freeze))).Accepted);

        var refused = await rig.Complete(rig.Procedures.FinishAsync(ProcedureRig.Operator, id));
        var another = await rig.Complete(rig.Commands.SetProbeMode(ProcedureRig.Operator, 1, ProbeMode.Freeze));

        Assert.Equal("Probe 2 is still using gas (freezing): stop it before finishing the procedure.", refused.Reason);
        Assert.Equal(id, rig.Procedures.Running);
        Assert.True(another.Accepted, another.Reason);
    }

    [Fact]
    public async Task Finishing_with_a_paused_protocol_clears_it_so_nothing_restarts_gas_for_the_next_patient()
    {
        using var rig = new ProcedureRig();
        rig.Run(TimeSpan.FromSeconds(1));
        var id = await rig.StartProcedureAsync();
        Assert.True((await rig.Complete(rig.Commands.StartProtocol(ProcedureRig.Operator, ProtocolPresets.DoubleFreeze, [1]))).Accepted);
        rig.Run(TimeSpan.FromSeconds(5));
        Assert.True((await rig.Complete(rig.Commands.ProtocolAction(ProcedureRig.Operator, 1, ProtocolAction.Pause))).Accepted);

        var finished = await rig.Complete(rig.Procedures.FinishAsync(ProcedureRig.Operator, id));
        rig.Run(TimeSpan.FromSeconds(2));

        Assert.True(finished.Accepted, finished.Reason);
        Assert.Equal(ProtocolState.None, rig.Console.Core.Protocols[0].State);
        Assert.Null(rig.Console.Core.Protocols[0].Definition);
        Assert.False(rig.Console.Hardware.Valves.IsOpen(Hardware.Valves.ValveId.FreezeOf(0)));
        var resume = await rig.Complete(rig.Commands.ProtocolAction(ProcedureRig.Operator, 1, ProtocolAction.Resume));
        Assert.False(resume.Accepted);
    }
}
