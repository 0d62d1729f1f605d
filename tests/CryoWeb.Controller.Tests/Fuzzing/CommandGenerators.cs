using CryoWeb.Controller.Outcomes;
using System.Globalization;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Safety;
using CsCheck;

namespace CryoWeb.Controller.Tests.Fuzzing;

/// <summary>
/// CsCheck generators for every controller command, biased towards the edges: probe numbers around the plant's
/// range and at int limits, undefined enum values, NaN/±Inf powers and limits, zero/negative/huge time spans,
/// empty/huge step lists, null entries, duplicate probes and channels.
/// </summary>
internal static class CommandGenerators
{
    public static readonly Gen<int> ProbeNumber = Gen.Frequency((6, Gen.Int[-1, 4]), (1, Gen.OneOf(int.MinValue, int.MaxValue)), (1, Gen.Int));

    public static readonly Gen<double> Double = Gen.Frequency(
        (5, Gen.Double[-50, 150]),
        (2, Gen.OneOf(double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.MinValue, double.Epsilon, -0.0, 10, 100)),
        (1, Gen.Double));

    public static readonly Gen<ProbeMode> Mode = Gen.Int[-1, 6].Select(i => (ProbeMode)i);

    public static readonly Gen<ProtocolAction> Action = Gen.Frequency((4, Gen.Enum<ProtocolAction>()), (1, Gen.Int[-1, 6].Select(i => (ProtocolAction)i)));

    public static readonly Gen<TimeSpan> Span = Gen.Frequency(
        (5, Gen.Int[-120, 2400].Select(s => TimeSpan.FromSeconds(s))),
        (2, Gen.OneOf(TimeSpan.Zero, TimeSpan.MaxValue, TimeSpan.MinValue, TimeSpan.FromTicks(1), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(2) + TimeSpan.FromTicks(1))),
        (1, Gen.Long.Select(TimeSpan.FromTicks)));

    public static readonly Gen<string?> Text = Gen.Frequency(
        (4, Gen.String[Gen.Char.AlphaNumeric, 1, 12]),
        (2, Gen.OneOf<string?>(null, string.Empty, "   ", "\t\n", "Prostata – Läsion 🧊", new string('x', 81), new string('é', 10_000), "\0")),
        (1, Gen.String));

    public static readonly Gen<ProtocolStep?> Step = Gen.Select(Mode, Span, Double, (mode, duration, power) => new ProtocolStep(mode, duration, power)).Null(0.05);

    public static readonly Gen<ProtocolDefinition?> RandomProtocol = Gen.Select(
        Text,
        Gen.Frequency((8, Step.Array[0, 4]), (1, Step.Array[18, 22]), (1, Step.Array[200, 400])),
        (name, steps) => new ProtocolDefinition(name!, steps!)).Null(0.05);

    /// <summary>Presets (valid, so that protocols run and can be paused, extended...) or random definitions.</summary>
    public static readonly Gen<ProtocolDefinition?> Protocol = Gen.Frequency((3, Gen.OneOf<ProtocolDefinition?>([.. ProtocolPresets.All])), (7, RandomProtocol));

    public static readonly Gen<int[]> ProbeList = Gen.Frequency((4, Gen.Int[1, 3].Array[0, 4]), (1, ProbeNumber.Array[0, 6]));

    public static readonly Gen<SensorGuard?> Guard = Gen.Select(
        Gen.Frequency((6, Gen.Int[-1, 6]), (1, Gen.Int)),
        Gen.Int[-1, 3].Select(i => (SensorRole)i),
        Double,
        Gen.Int[-1, 3].Select(i => (ProtectiveAction)i),
        Gen.Int[-1, 3].Array[0, 3],
        (channel, role, limit, action, linked) => new SensorGuard(channel, role, limit, action, linked)).Null(0.05);

    /// <summary>Any command (or emergency stop, which runs on the caller's thread) as a replayable operation.</summary>
    public static readonly Gen<FuzzOperation> Operation = Gen.Frequency(
        (4, Gen.Select(ProbeNumber, Mode, Double, (probe, mode, power) =>
            Send(F($"SetProbeMode({probe}, {mode}, {power})"), () => new SetProbeModeCommand(probe, mode, power)))),
        (6, Gen.Select(Gen.Frequency((3, Gen.Int[0, 3]), (1, ProbeNumber)), Action, Span, (probe, action, by) =>
            Send(F($"ProtocolAction({probe}, {action}, {by})"), () => new ProtocolActionCommand(probe, action, by)))),
        (3, Gen.Select(Protocol, ProbeList, (protocol, probes) =>
            Send($"StartProtocol({Describe(protocol)}, [{string.Join(',', probes)}])", () => new StartProtocolCommand(protocol!, probes)))),
        (2, Guard.Array[0, 4].Select(guards =>
            Send($"SetSensorGuards([{string.Join("; ", guards.Select(g => g?.ToString() ?? "null"))}])", () => new SetSensorGuardsCommand(guards!)))),
        (1, Gen.Const(Send("ResetEmergencyStop", () => new ResetEmergencyStopCommand()))),
        (1, Gen.Const(new FuzzOperation("EmergencyStop", console =>
        {
            console.Core.EmergencyStop();
            console.Tick();
            return CommandOutcome.Ok;
        }))));

    private static FuzzOperation Send(string description, Func<ControllerCommand> create) => new(description, console => console.Send(create()));

    private static string Describe(ProtocolDefinition? protocol) =>
        protocol is null ? "null" : $"'{protocol.Name?[..Math.Min(protocol.Name.Length, 16)]}' steps={protocol.Steps.Count} [{string.Join("; ", protocol.Steps.Take(4).Select(s => s is null ? "null" : F($"{s.Mode} {s.Duration} {s.PowerPercent}")))}]";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
