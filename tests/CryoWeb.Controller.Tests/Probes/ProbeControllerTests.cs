using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;

namespace CryoWeb.Controller.Tests.Probes;

/// <summary>The state machine of one probe on its own: every mode change, its refusals, the duty window, the thaw's end.</summary>
public class ProbeControllerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly ControllerOptions Options = new();
    private static readonly SupplyState Full = new(4500, 2200, EmergencyStopLatched: false);

    private static ProbeController Probe() => new(0, Options);

    [Fact]
    public void A_new_probe_is_off_with_no_power_and_no_valve_open()
    {
        var probe = Probe();
        Assert.Equal(ProbeMode.Off, probe.Mode);
        Assert.Equal(0, probe.PowerPercent);
        Assert.Equal(0, probe.DutyPercent);
        Assert.False(probe.FreezeValveOpen(T0));
        Assert.False(probe.ThawValveOpen);
    }

    [Theory]
    [InlineData(ProbeMode.Freeze, 100, 100)]
    [InlineData(ProbeMode.Freeze, 10, 10)]
    [InlineData(ProbeMode.Stick, 100, 15)]
    [InlineData(ProbeMode.ActiveThaw, 100, 100)]
    [InlineData(ProbeMode.PassiveThaw, 100, 0)]
    [InlineData(ProbeMode.Off, 100, 0)]
    public void Every_mode_is_entered_from_off_with_its_duty(ProbeMode mode, double powerPercent, double duty)
    {
        var probe = Probe();
        var outcome = probe.TrySet(mode, powerPercent, Full, tipValid: true, T0);

        Assert.Equal(CommandOutcome.Ok, outcome);
        Assert.Equal(mode, probe.Mode);
        Assert.Equal(duty, probe.DutyPercent);
        Assert.Equal(mode == ProbeMode.Freeze ? powerPercent : 0, probe.PowerPercent);
        Assert.Equal(T0, probe.ModeSince);
        Assert.Null(probe.LastAutomaticChange);
        Assert.Equal(mode == ProbeMode.ActiveThaw, probe.ThawValveOpen);
    }

    [Theory]
    [InlineData(9.9)]
    [InlineData(100.1)]
    [InlineData(double.NaN)]
    public void A_freeze_power_outside_10_to_100_is_refused_and_changes_nothing(double powerPercent)
    {
        var probe = Probe();
        var outcome = probe.TrySet(ProbeMode.Freeze, powerPercent, Full, tipValid: true, T0);

        Assert.False(outcome.Accepted);
        Assert.StartsWith("powerPercent: freeze power must be 10 to 100 %", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(ProbeMode.Off, probe.Mode);
    }

    [Theory]
    [InlineData(ProbeMode.Freeze)]
    [InlineData(ProbeMode.Stick)]
    [InlineData(ProbeMode.ActiveThaw)]
    public void Under_the_emergency_stop_gas_is_refused(ProbeMode mode)
    {
        var probe = Probe();
        var outcome = probe.TrySet(mode, 100, Full with { EmergencyStopLatched = true }, tipValid: true, T0);

        Assert.Equal("Probe 1: emergency stop is active; reset it before using gas.", outcome.Reason);
        Assert.Equal(ProbeMode.Off, probe.Mode);
    }

    [Theory]
    [InlineData(ProbeMode.Off)]
    [InlineData(ProbeMode.PassiveThaw)]
    public void Under_the_emergency_stop_stopping_gas_is_allowed(ProbeMode mode)
    {
        var probe = Probe();
        Assert.True(probe.TrySet(ProbeMode.Freeze, 100, Full, tipValid: true, T0).Accepted);

        Assert.True(probe.TrySet(mode, 100, Full with { EmergencyStopLatched = true }, tipValid: true, T0.AddSeconds(1)).Accepted);
        Assert.Equal(mode, probe.Mode);
    }

    [Fact]
    public void Freezing_needs_the_argon_minimum_and_says_so_with_the_pressure()
    {
        var probe = Probe();
        Assert.Equal("Probe 1: argon supply is 1499 psi, below the 1500 psi needed to freeze.", probe.TrySet(ProbeMode.Freeze, 100, Full with { ArgonPsi = 1499 }, true, T0).Reason);
        Assert.Equal("Probe 1: argon supply is unknown (sensor fault), below the 1500 psi needed to freeze.", probe.TrySet(ProbeMode.Stick, 100, Full with { ArgonPsi = double.NaN }, true, T0).Reason);
        Assert.Equal(ProbeMode.Off, probe.Mode);
    }

    [Fact]
    public void Freezing_needs_a_valid_tip_reading_but_thawing_does_not()
    {
        var probe = Probe();
        Assert.Equal("Probe 1: its tip thermocouple has no valid reading; freezing needs the tip temperature.", probe.TrySet(ProbeMode.Freeze, 100, Full, tipValid: false, T0).Reason);
        Assert.True(probe.TrySet(ProbeMode.ActiveThaw, 100, Full, tipValid: false, T0).Accepted);
    }

    [Fact]
    public void Active_thaw_needs_thaw_gas_and_points_to_passive_thaw()
    {
        var probe = Probe();
        var outcome = probe.TrySet(ProbeMode.ActiveThaw, 100, Full with { ThawPsi = 499 }, true, T0);
        Assert.Equal("Probe 1: no thaw gas (supply 499 psi, needs 500 psi); use passive thaw.", outcome.Reason);
    }

    [Fact]
    public void The_gate_refuses_with_its_own_words_what_it_blocks()
    {
        var gate = new SafetyGate(1, (p, reason) => $"blocked by {reason.Cause}");
        gate.Limit(0, 0, new GateReason(GateCause.CriticalStructureStop, 3));
        var probe = Probe();

        Assert.Equal("blocked by CriticalStructureStop", probe.TrySet(ProbeMode.Stick, 100, Full with { Gate = gate }, true, T0).Reason);
        Assert.True(probe.TrySet(ProbeMode.ActiveThaw, 100, Full with { Gate = gate }, true, T0).Accepted);
    }

    [Fact]
    public void A_freeze_above_the_gate_limit_runs_at_the_limit_and_says_why()
    {
        var gate = new SafetyGate(1, (p, reason) => $"limited by {reason.Cause}");
        gate.Limit(0, 50, new GateReason(GateCause.CriticalStructureReduce, 3));
        var probe = Probe();

        var outcome = probe.TrySet(ProbeMode.Freeze, 80, Full with { Gate = gate }, true, T0);

        Assert.True(outcome.Accepted);
        Assert.Equal("limited by CriticalStructureReduce", outcome.Reason);
        Assert.Equal(50, probe.PowerPercent);
        Assert.Equal(outcome.Reason, probe.LastAutomaticChange);
    }

    [Fact]
    public void Force_changes_the_mode_with_its_reason_and_is_a_no_op_in_the_same_mode()
    {
        var probe = Probe();
        Assert.True(probe.TrySet(ProbeMode.Freeze, 70, Full, true, T0).Accepted);

        probe.Force(ProbeMode.PassiveThaw, T0.AddSeconds(5), "safety");
        Assert.Equal((ProbeMode.PassiveThaw, 0.0, T0.AddSeconds(5), "safety"), (probe.Mode, probe.PowerPercent, probe.ModeSince, probe.LastAutomaticChange));

        probe.Force(ProbeMode.PassiveThaw, T0.AddSeconds(9), "again");
        Assert.Equal((T0.AddSeconds(5), "safety"), (probe.ModeSince, probe.LastAutomaticChange));
    }

    [Fact]
    public void Limit_power_only_lowers_a_freeze_above_the_limit()
    {
        var probe = Probe();
        Assert.True(probe.TrySet(ProbeMode.Freeze, 40, Full, true, T0).Accepted);
        probe.LimitPower(50, "cap");
        Assert.Equal((40.0, (string?)null), (probe.PowerPercent, probe.LastAutomaticChange));

        Assert.True(probe.TrySet(ProbeMode.Freeze, 90, Full, true, T0).Accepted);
        probe.LimitPower(50, "cap");
        Assert.Equal((50.0, "cap"), (probe.PowerPercent, probe.LastAutomaticChange));

        Assert.True(probe.TrySet(ProbeMode.Stick, 100, Full, true, T0).Accepted);
        probe.LimitPower(5, "cap");
        Assert.Equal(15, probe.DutyPercent);
    }

    [Fact]
    public void The_freeze_valve_is_open_for_the_first_power_percent_of_every_duty_window()
    {
        var probe = Probe();
        Assert.True(probe.TrySet(ProbeMode.Freeze, 50, Full, true, T0).Accepted);
        var window = Options.DutyWindow;

        Assert.True(probe.FreezeValveOpen(T0));
        Assert.True(probe.FreezeValveOpen(T0 + (window / 2) - TimeSpan.FromMilliseconds(1)));
        Assert.False(probe.FreezeValveOpen(T0 + (window / 2)));
        Assert.False(probe.FreezeValveOpen(T0 + window - TimeSpan.FromMilliseconds(1)));
        Assert.True(probe.FreezeValveOpen(T0 + window));
    }

    [Fact]
    public void The_duty_is_capped_by_the_gate_limit_and_full_power_is_always_open()
    {
        var probe = Probe();
        Assert.True(probe.TrySet(ProbeMode.Freeze, 100, Full, true, T0).Accepted);
        var window = Options.DutyWindow;

        Assert.True(probe.FreezeValveOpen(T0 + (window * 0.9)));
        Assert.False(probe.FreezeValveOpen(T0 + (window * 0.3), maxDutyPercent: 25));
        Assert.False(probe.FreezeValveOpen(T0, maxDutyPercent: 0));
    }

    [Fact]
    public void Sticking_opens_the_freeze_valve_at_the_stick_power()
    {
        var probe = Probe();
        Assert.True(probe.TrySet(ProbeMode.Stick, 100, Full, true, T0).Accepted);
        var window = Options.DutyWindow;

        Assert.True(probe.FreezeValveOpen(T0 + (window * 0.14)));
        Assert.False(probe.FreezeValveOpen(T0 + (window * 0.16)));
    }

    [Fact]
    public void An_active_thaw_ends_when_the_tip_is_warm()
    {
        var probe = Probe();
        Assert.True(probe.TrySet(ProbeMode.ActiveThaw, 100, Full, true, T0).Accepted);

        probe.Advance(T0.AddSeconds(10), Options.ActiveThawEndCelsius);
        Assert.Equal(ProbeMode.ActiveThaw, probe.Mode);

        probe.Advance(T0.AddSeconds(11), Options.ActiveThawEndCelsius + 0.1);
        Assert.Equal((ProbeMode.Off, "active thaw done: tip warm"), (probe.Mode, probe.LastAutomaticChange));
    }

    [Fact]
    public void An_active_thaw_ends_at_its_time_limit_even_with_no_tip_reading()
    {
        var probe = Probe();
        Assert.True(probe.TrySet(ProbeMode.ActiveThaw, 100, Full, true, T0).Accepted);

        probe.Advance(T0 + Options.ActiveThawMaxDuration - TimeSpan.FromSeconds(1), double.NaN);
        Assert.Equal(ProbeMode.ActiveThaw, probe.Mode);

        probe.Advance(T0 + Options.ActiveThawMaxDuration, double.NaN);
        Assert.Equal((ProbeMode.Off, "active thaw done: time limit"), (probe.Mode, probe.LastAutomaticChange));
    }

    [Fact]
    public void Advance_leaves_every_other_mode_alone()
    {
        var probe = Probe();
        Assert.True(probe.TrySet(ProbeMode.Freeze, 100, Full, true, T0).Accepted);
        probe.Advance(T0.AddHours(1), 50);
        Assert.Equal(ProbeMode.Freeze, probe.Mode);
    }
}
