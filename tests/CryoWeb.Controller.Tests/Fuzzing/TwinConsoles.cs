using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Tests.Control;
using CryoWeb.Hardware.Valves;

namespace CryoWeb.Controller.Tests.Fuzzing;

/// <summary>
/// Two identical simulated consoles on fake clocks kept in lock-step. An operation runs on the first; when it is
/// refused the twin only ticks, so the two must still be in the same state (probe modes and powers, protocols, valves,
/// guards, e-stop): the refusal changed nothing, even though time (duty cycles, protocol clocks) moved on. When it is
/// accepted the twin runs it too and must accept it alike, so the walk goes on from a common state.
/// </summary>
internal sealed partial class TwinConsoles
{
    public TwinConsoles()
    {
        foreach (var console in new[] { Console, Twin })
        {
            console.RunFor(TimeSpan.FromSeconds(0.5));
        }
    }

    public ConsoleHarness Console { get; } = new(ConsoleHarness.ThreeProbes(parallelism: 1));

    public ConsoleHarness Twin { get; } = new(ConsoleHarness.ThreeProbes(parallelism: 1));

    public int Accepted { get; private set; }

    public int Refused { get; private set; }

    public void Apply(FuzzOperation operation)
    {
        var outcome = operation.Run(Console);
        if (outcome.Accepted)
        {
            Accepted++;
            var twin = operation.Run(Twin);
            Assert.True(twin.Accepted, $"{operation}: accepted on one console, refused on its twin ({twin.Reason})");
            Assert.Equal(State(Twin), State(Console));
            AssertWithinDocumentedRanges(Console);
        }
        else
        {
            Refused++;
            Twin.Tick();
            Assert.Equal(State(Twin), State(Console));
            AssertNamesAField(outcome.Reason, operation);
        }
    }

    public static void AssertNamesAField(string? reason, object what)
    {
        Assert.False(string.IsNullOrWhiteSpace(reason), $"{what}: refused without a reason");
        Assert.True(
            FieldReason().IsMatch(reason),
            $"{what}: the reason '{reason}' does not start with the field it is about ('name: ...')");
    }

    /// <summary>Everything a command may change, as text so that a difference shows in the failure message.</summary>
    public static string State(ConsoleHarness console)
    {
        var core = console.Core;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"estop={core.EmergencyStopLatched}\n");
        for (int p = 0; p < core.Probes.Count; p++)
        {
            var probe = core.Probes[p];
            var run = core.Protocols[p];
            text.Append(CultureInfo.InvariantCulture, $"probe {p + 1}: {probe.Mode} {probe.PowerPercent}% since {probe.ModeSince:O}; protocol {run.State} '{run.Definition?.Name}' step {run.StepIndex} elapsed {run.ElapsedInStep} extension {run.Extension}\n");
        }

        foreach (var valve in Valves(core.Probes.Count))
        {
            text.Append(CultureInfo.InvariantCulture, $"{valve}={console.Valves.IsOpen(valve)}\n");
        }

        for (int c = 0; c < core.Plant.Thermocouples.ChannelCount; c++)
        {
            var guard = core.GuardOf(c);
            text.Append(guard is null ? "-" : $"{guard with { LinkedProbes = [] }} linked [{string.Join(',', guard.LinkedProbes)}]").Append('\n');
        }

        return text.ToString();
    }

    private static void AssertWithinDocumentedRanges(ConsoleHarness console)
    {
        Assert.False(console.Core.EmergencyStopLatched && Valves(console.Core.Probes.Count).Any(v => v != ValveId.Vent && console.Valves.IsOpen(v)), "gas valve open under emergency stop");
        for (int p = 0; p < console.Core.Probes.Count; p++)
        {
            var probe = console.Core.Probes[p];
            var run = console.Core.Protocols[p];
            Assert.True(Enum.IsDefined(probe.Mode), $"probe {p + 1} is in undefined mode {probe.Mode}");
            Assert.True(probe.Mode != ProbeMode.Freeze || probe.PowerPercent is >= 10 and <= 100, $"probe {p + 1} freezes at {probe.PowerPercent} %");
            Assert.True(run.Extension >= TimeSpan.Zero && run.Extension <= TimeSpan.FromMinutes(30), $"probe {p + 1}: step extended by {run.Extension}");
            Assert.True(run.Definition is null || run.Definition.Steps.Count is >= 1 and <= 20, $"probe {p + 1} runs a protocol of {run.Definition?.Steps.Count} steps");
            Assert.True(run.CurrentStep is null || (Enum.IsDefined(run.CurrentStep.Mode) && run.CurrentStep.Duration > TimeSpan.Zero && run.CurrentStep.Duration <= TimeSpan.FromHours(2)), $"probe {p + 1} runs step {run.CurrentStep}");
        }
    }

    private static IEnumerable<ValveId> Valves(int probes) =>
        [.. Enumerable.Range(0, probes).SelectMany(p => new[] { ValveId.FreezeOf(p), ValveId.ThawOf(p) }), ValveId.ArgonSupply, ValveId.ThawSupply, ValveId.Vent];

    /// <summary>"probe: ...", "Probe 2: ...", "protocol.steps[3].duration: ...", "sensors[0].channel: ...".</summary>
    [GeneratedRegex(@"^(Probe \d+|[a-z][A-Za-z]*(\[\d+\])?(\.[a-z][A-Za-z]*(\[\d+\])?)*): \S", RegexOptions.CultureInvariant)]
    private static partial Regex FieldReason();
}
