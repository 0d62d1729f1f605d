using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Tests.Control;

namespace CryoWeb.Controller.Tests.Fuzzing;

/// <summary>The bugs the command fuzzing found, pinned as plain examples so that they stay fixed whatever the seed.</summary>
public class FuzzFindingsTests
{
    [Fact]
    public void A_protocol_step_in_an_undefined_mode_is_refused_instead_of_run()
    {
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(0.5));

        var outcome = console.Send(new StartProtocolCommand(new ProtocolDefinition("x", [new ProtocolStep((ProbeMode)6, TimeSpan.FromMinutes(1))]), [1]));

        Assert.Equal("protocol.steps[0].mode: '6' is not a probe mode.", outcome.Reason);
        Assert.Equal(ProbeMode.Off, console.Core.Probes[0].Mode);
    }

    [Fact]
    public void Extending_an_extended_step_by_the_largest_time_span_is_refused_not_an_overflow_in_the_tick()
    {
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(0.5));
        Assert.True(console.Send(new StartProtocolCommand(ProtocolPresets.DoubleFreeze, [1])).Accepted);
        Assert.True(console.Send(new ProtocolActionCommand(1, ProtocolAction.ExtendStep, TimeSpan.FromMinutes(1))).Accepted);

        var outcome = console.Send(new ProtocolActionCommand(1, ProtocolAction.ExtendStep, TimeSpan.MaxValue));

        Assert.False(outcome.Accepted);
        Assert.StartsWith("extendBy: ", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(1), console.Core.Protocols[0].Extension);
    }

    [Fact]
    public void Resume_all_with_one_probe_running_resumes_the_paused_one_and_says_so_rather_than_refusing_after_acting()
    {
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(0.5));
        Assert.True(console.Send(new StartProtocolCommand(ProtocolPresets.DoubleFreeze, [1, 2])).Accepted);
        Assert.True(console.Send(new ProtocolActionCommand(1, ProtocolAction.Pause)).Accepted);

        var outcome = console.Send(new ProtocolActionCommand(0, ProtocolAction.Resume));

        Assert.True(outcome.Accepted, outcome.Reason);
        Assert.Equal("Applied to the other probes; Probe 2: no paused protocol to resume.", outcome.Reason);
        Assert.Equal(ProtocolState.Running, console.Core.Protocols[0].State);
        Assert.Equal(ProbeMode.Freeze, console.Core.Probes[0].Mode);
    }
}
