using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Tests.Control;
using CryoWeb.Hardware.Valves;

namespace CryoWeb.Controller.Tests.Reliability;

/// <summary>A valve output that cannot be driven mid-freeze: every valve closed, the safe state latched, and the host told why.</summary>
public sealed class ValveOutputFaultTests
{
    [Fact]
    public void A_driver_fault_mid_freeze_closes_every_valve_latches_the_stop_and_reports_the_reason_once_per_fault()
    {
        FailingValveBank? failing = null;
        var console = new ConsoleHarness(wrapValves: inner => failing = new FailingValveBank(inner));
        var reported = new List<ValveBankFaultException>();
        console.Core.ValveFaulted = reported.Add;
        Assert.True(console.Send(new SetProbeModeCommand(1, ProbeMode.Freeze)).Accepted);
        console.LastFrameAfterTicks(20);
        Assert.True(console.Valves.IsOpen(ValveId.FreezeOf(0)), $"freezing before the fault: {console.Core.Probes[0].Mode}, e-stop {console.Core.EmergencyStopLatched}, reported {reported.Count}");

        // The bank writes an output only when it changes: the fault shows at the next change (here: a 60 % duty cycle).
        failing!.Failing = true;
        Assert.True(console.Send(new SetProbeModeCommand(1, ProbeMode.Freeze, 60)).Accepted);
        console.LastFrameAfterTicks(40);

        Assert.True(console.Core.EmergencyStopLatched);
        Assert.Empty(ValveInventory.OpenIn(console.Valves));
        Assert.All(console.Core.Probes, p => Assert.Equal(ProbeMode.Off, p.Mode));
        var fault = Assert.Single(reported);
        Assert.Contains("GPIO write to the", fault.Message, StringComparison.Ordinal);

        // Latched: later ticks command nothing open, so the failing driver is not asked again.
        console.LastFrameAfterTicks(10);
        Assert.Single(reported);
        Assert.Empty(ValveInventory.OpenIn(console.Valves));
    }
}
