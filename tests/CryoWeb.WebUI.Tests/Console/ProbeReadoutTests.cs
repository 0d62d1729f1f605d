using Bunit;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.WebUI.Components.Console;
using CryoWeb.WebUI.Live;

namespace CryoWeb.WebUI.Tests.Console;

/// <summary>The probe tile's read-out: valves labelled as commanded, power instead of a flickering valve, the gate's limit, the measured disagreement.</summary>
public sealed class ProbeReadoutTests
{
    private static ProbeStatus Probe(ProbeMode mode = ProbeMode.Freeze, double power = 100, bool freezeOpen = true) => new(
        Number: 2, Mode: mode, PowerPercent: power, TipChannel: 1, TipCelsius: -120, TipFault: null, InUse: true,
        FreezeValveOpen: freezeOpen, ThawValveOpen: false, ProtocolState: ProtocolState.None, ProtocolName: null,
        StepIndex: -1, StepCount: 0, StepDescription: null, StepRemainingSeconds: 0);

    private static IRenderedComponent<ProbeReadout> Render(BunitContext context, ProbeStatus probe) =>
        context.Render<ProbeReadout>(p => p.Add(r => r.Probe, probe));

    [Fact]
    public async Task Valve_lines_say_they_are_commanded()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);

        var readout = Render(context, Probe());

        Assert.Equal("commanded: freeze open, thaw closed", readout.Find("[data-testid=probe-2-valves]").TextContent);
        Assert.Equal("commanded: freeze closed, thaw closed", Render(context, Probe(ProbeMode.PassiveThaw, 0, false)).Find("[data-testid=probe-2-valves]").TextContent);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task At_partial_power_the_freeze_valve_reads_as_pulsed_at_the_power_whatever_its_state_this_instant(bool openNow)
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);

        var readout = Render(context, Probe(ProbeMode.Freeze, 50, openNow));

        Assert.Equal("commanded: freeze pulsed at 50 %, thaw closed", readout.Find("[data-testid=probe-2-valves]").TextContent);
        Assert.Equal("50 %", readout.Find("[data-testid=probe-2-power-now]").TextContent);
    }

    [Fact]
    public async Task The_gates_limit_shows_with_its_reason_and_only_while_it_holds()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);

        var limited = Render(context, Probe(power: 50) with { PowerLimitPercent = 50, PowerLimitReason = "Limited to 50 % by TS1 urethra" });
        var free = Render(context, Probe());

        Assert.Equal("Limited to 50 % by TS1 urethra", limited.Find("[data-testid=probe-2-limit]").TextContent);
        Assert.Empty(free.FindAll("[data-testid=probe-2-limit]"));
    }

    [Fact]
    public async Task A_measured_disagreement_is_a_prominent_status_line_on_the_tile()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);

        var stuck = Render(context, Probe(ProbeMode.PassiveThaw, 0, false) with { MeasuredDisagreement = "Not warming: freeze valve may be stuck open" });
        var fine = Render(context, Probe(ProbeMode.PassiveThaw, 0, false));

        var line = stuck.Find("[data-testid=probe-2-disagreement]");
        Assert.Equal("Not warming: freeze valve may be stuck open", line.TextContent);
        Assert.Equal("status", line.GetAttribute("role"));
        Assert.Contains("disagreement", line.ClassName, StringComparison.Ordinal);
        Assert.Empty(fine.FindAll("[data-testid=probe-2-disagreement]"));
    }

    [Theory]
    [InlineData(ProtocolState.Running, "(running)")]
    [InlineData(ProtocolState.Paused, "(paused)")]
    [InlineData(ProtocolState.Completed, "(completed)")]
    [InlineData(ProtocolState.Aborted, "(stopped before its end)")]
    public async Task The_protocol_state_is_in_words_never_an_enum_name(ProtocolState state, string words)
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);

        var readout = Render(context, Probe() with { ProtocolState = state, ProtocolName = "Double freeze 10-8-10", StepIndex = 0, StepCount = 4, StepDescription = "Freeze 10:00", StepRemainingSeconds = 60 });

        string text = readout.Find("[data-testid=probe-2-protocol]").TextContent;
        Assert.EndsWith(words, text, StringComparison.Ordinal);
        Assert.DoesNotContain(state.ToString(), text, StringComparison.Ordinal);
        Assert.Equal(state is ProtocolState.Running or ProtocolState.Paused, readout.FindAll("[data-testid=probe-2-countdown]").Count == 1);
    }
}
