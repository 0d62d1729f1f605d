using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.WebUI.Live;

namespace CryoWeb.WebUI.Tests.Live;

/// <summary>The gas controls the console would refuse now, and the reason in clinical words.</summary>
public sealed class GasControlGateTests
{
    private static readonly GasControlGate Gate = new(ArgonMinPsi: 1500, ThawMinPsi: 500);

    private static readonly GasControl[] All = Enum.GetValues<GasControl>();

    private static ProbeStatus Probe(ProbeMode mode = ProbeMode.Off, double tip = 36.5, string? fault = null, bool inUse = true) =>
        new(1, mode, mode == ProbeMode.Freeze ? 100 : 0, 0, tip, fault, inUse, false, false, ProtocolState.None, null, -1, 0, null, 0);

    private static LiveStatus Status(bool stop = false, bool procedure = true, double argonPsi = 2950, double thawPsi = 880, string? argonFault = null) => new(
        1, DateTimeOffset.UnixEpoch, true, stop, [Probe()], [], new SupplyStatus(argonPsi, argonFault, null), new SupplyStatus(thawPsi, null, null),
        procedure ? Guid.NewGuid() : null, procedure ? "Case 1" : null, procedure ? DateTimeOffset.UnixEpoch : null);

    [Fact]
    public void Inside_a_procedure_with_gas_and_a_valid_tip_every_control_is_allowed() =>
        Assert.All(All, c => Assert.Null(Gate.Refusal(c, Probe(), Status())));

    [Fact]
    public void A_latched_emergency_stop_blocks_every_gas_control_with_how_to_undo_it() =>
        Assert.All(All.Where(c => c != GasControl.Extend), c => Assert.Equal("Emergency stop is active: reset it to use gas.", Gate.Refusal(c, Probe(), Status(stop: true))));

    [Fact]
    public void With_no_procedure_running_gas_is_refused_with_the_way_forward() =>
        Assert.All(All.Where(c => c != GasControl.Extend), c => Assert.Equal(
            "Start a procedure first: gas is used only inside a recorded procedure.", Gate.Refusal(c, Probe(), Status(procedure: false))));

    [Fact]
    public void A_probe_not_in_use_in_the_procedure_gets_no_gas() =>
        Assert.Equal("Probe 1 is not in use in this procedure (not listed in its set-up): no gas.", Gate.Refusal(GasControl.Freeze, Probe(inUse: false), Status()));

    [Theory]
    [InlineData(ProtocolState.Running)]
    [InlineData(ProtocolState.Paused)]
    public void While_a_protocol_drives_the_probe_manual_gas_modes_are_disabled_but_its_own_controls_are_not(ProtocolState state)
    {
        var driven = Probe(ProbeMode.Freeze) with { ProtocolState = state, ProtocolName = "Double freeze", StepIndex = 0, StepCount = 4 };
        Assert.All([GasControl.Freeze, GasControl.Stick, GasControl.ActiveThaw], c => Assert.Equal(
            "A protocol drives probe 1: abort it (or press Stop) before choosing a mode by hand.", Gate.Refusal(c, driven, Status())));
        Assert.Null(Gate.Refusal(GasControl.Resume, driven, Status()));
        Assert.Null(Gate.Refusal(GasControl.Extend, driven, Status()));
    }

    [Fact]
    public void Freezing_the_safety_gate_blocks_is_disabled_with_its_reason_but_an_active_thaw_is_not()
    {
        var blocked = Probe() with { PowerLimitPercent = 0, PowerLimitReason = "Freezing blocked by TS1 urethra" };
        Assert.All([GasControl.Freeze, GasControl.Stick, GasControl.StartProtocol, GasControl.Resume],
            c => Assert.Equal("Freezing blocked by TS1 urethra.", Gate.Refusal(c, blocked, Status())));
        Assert.Null(Gate.Refusal(GasControl.ActiveThaw, blocked, Status()));
        Assert.Null(Gate.Refusal(GasControl.Freeze, Probe() with { PowerLimitPercent = 50, PowerLimitReason = "Limited to 50 % by TS1 urethra" }, Status()));
    }

    [Fact]
    public void Argon_below_the_minimum_blocks_freezing_but_not_an_active_thaw()
    {
        Assert.Equal("Not enough argon to freeze (1200 psi, needs 1500 psi).", Gate.Refusal(GasControl.Freeze, Probe(), Status(argonPsi: 1200)));
        Assert.NotNull(Gate.Refusal(GasControl.Stick, Probe(), Status(argonPsi: 1200)));
        Assert.NotNull(Gate.Refusal(GasControl.StartProtocol, Probe(), Status(argonPsi: 1200)));
        Assert.Null(Gate.Refusal(GasControl.ActiveThaw, Probe(), Status(argonPsi: 1200)));
        Assert.Equal("Not enough argon to freeze (pressure reading: open circuit).", Gate.Refusal(GasControl.Freeze, Probe(), Status(argonPsi: double.NaN, argonFault: "open circuit")));
    }

    [Fact]
    public void No_thaw_gas_blocks_only_the_active_thaw_and_points_to_passive_thaw()
    {
        Assert.Equal("No thaw gas (300 psi, needs 500 psi): use passive thaw.", Gate.Refusal(GasControl.ActiveThaw, Probe(), Status(thawPsi: 300)));
        Assert.Null(Gate.Refusal(GasControl.Freeze, Probe(), Status(thawPsi: 300)));
    }

    [Fact]
    public void An_invalid_tip_blocks_freezing_with_the_sensor_fault()
    {
        Assert.Equal("Probe 1 tip sensor has no valid reading (open thermocouple): freezing needs the tip temperature.",
            Gate.Refusal(GasControl.Freeze, Probe(tip: double.NaN, fault: "open thermocouple"), Status()));
        Assert.Null(Gate.Refusal(GasControl.ActiveThaw, Probe(tip: double.NaN, fault: "open thermocouple"), Status()));
    }

    [Fact]
    public void A_minute_more_is_gated_only_while_the_step_freezes()
    {
        Assert.Null(Gate.Refusal(GasControl.Extend, Probe(ProbeMode.PassiveThaw), Status(stop: true)));
        Assert.NotNull(Gate.Refusal(GasControl.Extend, Probe(ProbeMode.Freeze), Status(stop: true)));
    }
}
