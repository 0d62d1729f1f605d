using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;

namespace CryoWeb.Controller.Tests.Protocols;

/// <summary>One probe's protocol run on its own: start, steps and their countdown, pause, resume, skip, extend, abort.</summary>
public class ProtocolRunStateTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly SupplyState Full = new(4500, 2200, EmergencyStopLatched: false);

    /// <summary>Freeze 2 min, passive thaw 1 min, freeze 1 min at 60 %.</summary>
    private static readonly ProtocolDefinition Short = new("Short", [ProtocolStep.Freeze(2), ProtocolStep.PassiveThaw(1), ProtocolStep.Freeze(1, 60)]);

    private readonly ProbeController _probe = new(0, new ControllerOptions());
    private readonly ProtocolRun _run = new();

    private void Start() => Assert.True(_run.Start(Short, _probe, Full, tipValid: true, T0).Accepted);

    private void AdvanceTo(DateTimeOffset now) => _run.Advance(_probe, Full, tipValid: true, now);

    [Fact]
    public void A_new_run_has_no_protocol()
    {
        Assert.Equal((ProtocolState.None, -1, false, (ProtocolStep?)null), (_run.State, _run.StepIndex, _run.IsActive, _run.CurrentStep));
        Assert.Equal(TimeSpan.Zero, _run.Remaining);
    }

    [Fact]
    public void Start_enters_the_first_step_and_the_probe_takes_its_mode()
    {
        Start();
        Assert.Equal((ProtocolState.Running, 0, Short), (_run.State, _run.StepIndex, _run.Definition));
        Assert.Equal((ProbeMode.Freeze, 100.0), (_probe.Mode, _probe.PowerPercent));
        Assert.Equal(TimeSpan.FromMinutes(2), _run.Remaining);
    }

    [Fact]
    public void Start_is_refused_while_a_run_is_active_for_a_broken_protocol_or_when_the_probe_refuses()
    {
        Assert.Equal("protocol.steps: a protocol has 1 to 20 steps.", _run.Start(Short with { Steps = [] }, _probe, Full, true, T0).Reason);
        Assert.StartsWith("Probe 1: argon supply is", _run.Start(Short, _probe, Full with { ArgonPsi = 0 }, true, T0).Reason, StringComparison.Ordinal);
        Assert.Equal(ProtocolState.None, _run.State);

        Start();
        Assert.Equal("Probe 1: a protocol is already running; abort it first.", _run.Start(Short, _probe, Full, true, T0).Reason);
    }

    [Fact]
    public void The_step_counts_down_and_the_next_step_starts_when_it_is_done()
    {
        Start();
        AdvanceTo(T0.AddSeconds(90));
        Assert.Equal((0, TimeSpan.FromSeconds(30)), (_run.StepIndex, _run.Remaining));

        AdvanceTo(T0.AddMinutes(2));
        Assert.Equal((1, ProbeMode.PassiveThaw), (_run.StepIndex, _probe.Mode));

        AdvanceTo(T0.AddMinutes(3));
        Assert.Equal((2, ProbeMode.Freeze, 60.0), (_run.StepIndex, _probe.Mode, _probe.PowerPercent));
    }

    [Fact]
    public void After_the_last_step_the_run_is_complete_and_the_probe_off()
    {
        Start();
        AdvanceTo(T0.AddMinutes(2));
        AdvanceTo(T0.AddMinutes(3));
        AdvanceTo(T0.AddMinutes(4));

        Assert.Equal((ProtocolState.Completed, false), (_run.State, _run.IsActive));
        Assert.Equal((ProbeMode.Off, "protocol complete"), (_probe.Mode, _probe.LastAutomaticChange));
    }

    [Fact]
    public void Pause_closes_the_gas_and_stops_the_countdown_and_resume_goes_on_where_it_was()
    {
        Start();
        AdvanceTo(T0.AddSeconds(30));
        Assert.True(_run.Pause(_probe, T0.AddSeconds(60)).Accepted);
        Assert.Equal((ProtocolState.Paused, ProbeMode.PassiveThaw), (_run.State, _probe.Mode));

        AdvanceTo(T0.AddMinutes(10));
        Assert.Equal((0, TimeSpan.FromSeconds(60)), (_run.StepIndex, _run.Remaining));

        Assert.True(_run.Resume(_probe, Full, true, T0.AddMinutes(10)).Accepted);
        Assert.Equal((ProtocolState.Running, ProbeMode.Freeze), (_run.State, _probe.Mode));
        AdvanceTo(T0.AddMinutes(10).AddSeconds(59));
        Assert.Equal(0, _run.StepIndex);
        AdvanceTo(T0.AddMinutes(11));
        Assert.Equal(1, _run.StepIndex);
    }

    [Fact]
    public void Pause_and_resume_are_refused_out_of_turn()
    {
        Assert.Equal("Probe 1: no running protocol to pause.", _run.Pause(_probe, T0).Reason);
        Assert.Equal("Probe 1: no paused protocol to resume.", _run.Resume(_probe, Full, true, T0).Reason);
        Start();
        Assert.Equal("Probe 1: no paused protocol to resume.", _run.Resume(_probe, Full, true, T0).Reason);
        Assert.True(_run.Pause(_probe, T0).Accepted);
        Assert.Equal("Probe 1: no running protocol to pause.", _run.Pause(_probe, T0).Reason);
    }

    [Fact]
    public void A_resume_the_probe_refuses_leaves_the_run_paused()
    {
        Start();
        Assert.True(_run.Pause(_probe, T0.AddSeconds(10)).Accepted);

        var outcome = _run.Resume(_probe, Full with { EmergencyStopLatched = true }, true, T0.AddSeconds(20));

        Assert.False(outcome.Accepted);
        Assert.Equal((ProtocolState.Paused, ProbeMode.PassiveThaw), (_run.State, _probe.Mode));
    }

    [Fact]
    public void Skip_moves_to_the_next_step_from_running_or_paused_and_past_the_last_completes()
    {
        Assert.Equal("Probe 1: no protocol to skip a step of.", _run.Skip(_probe, Full, true, T0).Reason);
        Start();
        Assert.True(_run.Skip(_probe, Full, true, T0.AddSeconds(5)).Accepted);
        Assert.Equal((1, ProbeMode.PassiveThaw, TimeSpan.FromMinutes(1)), (_run.StepIndex, _probe.Mode, _run.Remaining));

        Assert.True(_run.Pause(_probe, T0.AddSeconds(6)).Accepted);
        Assert.True(_run.Skip(_probe, Full, true, T0.AddSeconds(7)).Accepted);
        Assert.Equal((ProtocolState.Running, 2, ProbeMode.Freeze), (_run.State, _run.StepIndex, _probe.Mode));

        Assert.True(_run.Skip(_probe, Full, true, T0.AddSeconds(8)).Accepted);
        Assert.Equal((ProtocolState.Completed, ProbeMode.Off), (_run.State, _probe.Mode));
    }

    [Fact]
    public void Extend_lengthens_the_step_up_to_30_minutes_in_all_and_ends_with_the_step()
    {
        Assert.Equal("Probe 1: no protocol step to extend.", _run.Extend(_probe, TimeSpan.FromMinutes(1)).Reason);
        Start();
        Assert.True(_run.Extend(_probe, TimeSpan.FromMinutes(20)).Accepted);
        Assert.Equal(TimeSpan.FromMinutes(22), _run.Remaining);
        Assert.StartsWith("extendBy: must be positive", _run.Extend(_probe, TimeSpan.FromMinutes(11)).Reason, StringComparison.Ordinal);
        Assert.StartsWith("extendBy: must be positive", _run.Extend(_probe, TimeSpan.Zero).Reason, StringComparison.Ordinal);
        Assert.True(_run.Extend(_probe, TimeSpan.FromMinutes(10)).Accepted);

        AdvanceTo(T0.AddMinutes(31));
        Assert.Equal(0, _run.StepIndex);
        AdvanceTo(T0.AddMinutes(32));
        Assert.Equal((1, TimeSpan.Zero), (_run.StepIndex, _run.Extension));
    }

    [Fact]
    public void Abort_stops_the_probe_with_the_reason_and_is_refused_when_nothing_runs()
    {
        Assert.Equal("Probe 1: no protocol to abort.", _run.Abort(_probe, T0).Reason);
        Start();
        Assert.True(_run.Abort(_probe, T0.AddSeconds(3), "aborted by operator").Accepted);
        Assert.Equal((ProtocolState.Aborted, "aborted by operator", ProbeMode.Off), (_run.State, _run.Problem, _probe.Mode));
        Assert.Equal("Probe 1: no protocol to abort.", _run.Abort(_probe, T0).Reason);
    }

    [Fact]
    public void A_safety_action_that_takes_the_probe_out_of_its_step_aborts_the_run_with_its_reason()
    {
        Start();
        _probe.Force(ProbeMode.PassiveThaw, T0.AddSeconds(10), "critical structure at its limit: probe stopped");

        AdvanceTo(T0.AddSeconds(10.1));

        Assert.Equal((ProtocolState.Aborted, "critical structure at its limit: probe stopped"), (_run.State, _run.Problem));
    }

    [Fact]
    public void An_active_thaw_step_that_ended_by_itself_moves_on_at_once()
    {
        var thawThenFreeze = new ProtocolDefinition("Thaw then freeze", [ProtocolStep.ActiveThaw(3), ProtocolStep.Freeze(1)]);
        Assert.True(_run.Start(thawThenFreeze, _probe, Full, true, T0).Accepted);
        _probe.Advance(T0.AddSeconds(20), tipCelsius: 30);

        AdvanceTo(T0.AddSeconds(20));

        Assert.Equal((ProtocolState.Running, 1, ProbeMode.Freeze), (_run.State, _run.StepIndex, _probe.Mode));
    }

    [Fact]
    public void A_next_step_the_probe_refuses_pauses_the_run_with_the_reason_and_closes_the_gas()
    {
        Start();
        AdvanceTo(T0.AddMinutes(2));
        _run.Advance(_probe, Full with { ArgonPsi = 100 }, tipValid: true, T0.AddMinutes(3));

        Assert.Equal((ProtocolState.Paused, 2, ProbeMode.PassiveThaw), (_run.State, _run.StepIndex, _probe.Mode));
        Assert.StartsWith("Probe 1: argon supply is 100 psi", _run.Problem, StringComparison.Ordinal);
    }
}
