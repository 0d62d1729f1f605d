using CryoWeb.Controller.ReadModel;
using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Tests.Control;

namespace CryoWeb.Controller.Tests.Contract;

/// <summary>
/// The read model the web uses instead of the control objects: the description, the latest frame as a record, the
/// valves as the frames drove them (GET /api/valves took the valve bank's lock, which the control thread holds), and
/// the protocol each probe runs.
/// </summary>
public sealed class ConsoleReadModelTests
{
    private static readonly Caller Operator = new("anna", ConsoleRole.Operator, "10.0.0.21");

    [Fact]
    public void The_description_names_the_probes_channels_tips_and_supply_minimums()
    {
        var console = new ConsoleHarness();

        var description = new ConsoleReadModel(console.Core).Description;

        Assert.Equal(3, description.ProbeCount);
        Assert.Equal(console.Hardware.Channels.Select(c => c.Name), description.Channels.Select(c => c.Name));
        Assert.Equal([0, 1, 2], description.ProbeTipChannels());
        Assert.Equal((console.Options.ArgonMinPsi, console.Options.ThawMinPsi), (description.ArgonMinPsi, description.ThawMinPsi));
        Assert.Null(description.ProbeProblem(3));
        Assert.StartsWith("probe: 4 ", description.ProbeProblem(4), StringComparison.Ordinal);
    }

    [Fact]
    public void Valves_are_those_the_frames_drove_dated_by_the_first_frame_that_showed_the_change()
    {
        var console = new ConsoleHarness();
        var model = new ConsoleReadModel(console.Core);
        console.OnFrame = model.OnFrame;
        console.RunFor(TimeSpan.FromSeconds(1));
        Assert.All(model.Latest.Valves, v => Assert.Equal((false, (DateTimeOffset?)null), (v.Open, v.ChangedAt)));
        Assert.Equal(["freeze 1", "thaw 1", "freeze 2", "thaw 2", "freeze 3", "thaw 3", "argon-supply ", "thaw-supply ", "vent "], model.Latest.Valves.Select(v => $"{v.Valve} {v.Probe}"));

        Assert.True(console.Send(new SetProbeModeCommand(2, ProbeMode.Freeze)).Accepted);
        var frozeAt = model.Latest.Time;
        console.RunFor(TimeSpan.FromSeconds(1));

        var valves = model.Latest.Valves;
        Assert.Equal((true, (DateTimeOffset?)frozeAt), (valves[2].Open, valves[2].ChangedAt));
        Assert.True(valves[6].Open, "the argon supply opens for a freeze");
        Assert.False(valves[0].Open);
        Assert.Equal(ProbeMode.Freeze, model.Latest.Probes[1].Mode);
        Assert.Equal(console.Core.Frames.Published, model.Latest.Sequence);

        console.Core.EmergencyStop();
        Assert.True(model.Latest.Valves[2].Open, "the read model shows frames, not the bank");
        console.Tick();
        Assert.False(model.Latest.Valves[2].Open);
        Assert.True(model.Latest.Valves[8].Open, "the vent opens on the emergency stop");
        Assert.True(model.Latest.EmergencyStopLatched);
    }

    [Fact]
    public async Task The_protocol_a_probe_runs_is_named_from_an_accepted_start_and_forgotten_after_a_refused_one()
    {
        var console = new ConsoleHarness();
        var model = new ConsoleReadModel(console.Core);
        var permit = new ProcedureGasPermit();
        permit.Open(Guid.NewGuid());
        var commands = new ConsoleCommandService(console.Core, new MemoryAuditTrail(), console.Time, permit, readModel: model);
        console.RunFor(TimeSpan.FromSeconds(1));

        var started = commands.StartProtocol(Operator, ProtocolPresets.DoubleFreeze, [1]);
        console.Tick();
        Assert.True((await started).Accepted, (await started).Reason);
        var again = commands.StartProtocol(Operator, ProtocolPresets.DoubleFreeze with { Name = "Other" }, [1, 2]);
        console.Tick();

        Assert.False((await again).Accepted);
        Assert.Equal(ProtocolPresets.DoubleFreeze.Name, model.ProtocolOf(0)?.Name);
        Assert.Null(model.ProtocolOf(1));
    }
}
