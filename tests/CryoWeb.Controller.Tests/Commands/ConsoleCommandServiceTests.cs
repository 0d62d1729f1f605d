using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Tests.Control;
using CryoWeb.Hardware.Valves;

namespace CryoWeb.Controller.Tests.Commands;

/// <summary>The command surface: role checks, the audit trail, and answers.</summary>
public class ConsoleCommandServiceTests
{
    private static readonly Caller Operator = new("anna", ConsoleRole.Operator, "10.0.0.21");

    private sealed class Rig
    {
        public ConsoleHarness Console { get; } = new();

        public MemoryAuditTrail Audit { get; } = new();

        /// <summary>Open as if a procedure ran (gas is allowed only inside one); close it to test the refusal.</summary>
        public ProcedureGasPermit GasPermit { get; } = OpenPermit();

        public ConsoleCommandService Service => new(Console.Core, Audit, Console.Time, GasPermit);

        private static ProcedureGasPermit OpenPermit()
        {
            var permit = new ProcedureGasPermit();
            permit.Open(Guid.NewGuid());
            return permit;
        }

        /// <summary>Runs ticks until the command's answer arrives (it is executed by the next tick).</summary>
        public async Task<CommandOutcome> Answer(Task<CommandOutcome> pending)
        {
            // One tick executes the command; its answer comes on the thread pool, which a loaded machine runs late.
            // Give it real time before ticking again, so the audit entry's time is that of the tick that ran it.
            for (int i = 0; i < 3 && !pending.IsCompleted; i++)
            {
                Console.Tick();
                await Task.WhenAny(pending, Task.Delay(TimeSpan.FromSeconds(2)));
            }

            return await pending.WaitAsync(TimeSpan.FromSeconds(5));
        }
    }

    public static TheoryData<ConsoleRole> ReadOnlyRoles => [ConsoleRole.Supervisor, ConsoleRole.Reviewer, ConsoleRole.Admin];

    [Theory]
    [MemberData(nameof(ReadOnlyRoles))]
    public async Task Only_operators_drive_the_probes_and_every_refusal_is_audited(ConsoleRole role)
    {
        var rig = new Rig();
        rig.Console.RunFor(TimeSpan.FromSeconds(1));
        var caller = new Caller("sam", role, "10.0.0.99");
        var service = rig.Service;

        var outcomes = new[]
        {
            await rig.Answer(service.SetProbeMode(caller, 1, ProbeMode.Freeze)),
            await rig.Answer(service.StartProtocol(caller, ProtocolPresets.DoubleFreeze, [])),
            await rig.Answer(service.ProtocolAction(caller, 1, ProtocolAction.Abort)),
            await rig.Answer(service.SetSensorGuards(caller, [])),
            await rig.Answer(service.ResetEmergencyStop(caller)),
        };

        Assert.All(outcomes, o => Assert.False(o.Accepted));
        Assert.Equal($"sam ({role}) may not run SetProbeMode: it needs the Operator role.", outcomes[0].Reason);
        Assert.Equal(ProbeMode.Off, rig.Console.Core.Probes[0].Mode);
        Assert.False(rig.Console.Valves.IsOpen(ValveId.ArgonSupply));
        Assert.Equal(5, rig.Audit.Entries.Count);
        Assert.All(rig.Audit.Entries, e => Assert.Equal(("sam", role, "10.0.0.99", false), (e.User, e.Role, e.ClientAddress, e.Accepted)));
    }

    [Fact]
    public async Task An_operator_command_runs_and_is_audited_with_its_parameters_and_outcome()
    {
        var rig = new Rig();
        rig.Console.RunFor(TimeSpan.FromSeconds(1));

        var accepted = await rig.Answer(rig.Service.SetProbeMode(Operator, 2, ProbeMode.Freeze, 80));
        var refused = await rig.Answer(rig.Service.SetProbeMode(Operator, 7, ProbeMode.Freeze, 80));

        Assert.True(accepted.Accepted);
        Assert.Equal(ProbeMode.Freeze, rig.Console.Core.Probes[1].Mode);
        Assert.Equal(80, rig.Console.Core.Probes[1].PowerPercent);
        var entries = rig.Audit.Entries;
        Assert.Equal(2, entries.Count);
        Assert.Equal(("anna", "SetProbeMode", "probe=2 mode=Freeze powerPercent=80", true, (string?)null), (entries[0].User, entries[0].Command, entries[0].Parameters, entries[0].Accepted, entries[0].Reason));
        Assert.Equal((false, "probe: 7 does not exist; the console has probes 1 to 3."), (entries[1].Accepted, entries[1].Reason));
        Assert.Equal(rig.Console.Time.GetUtcNow(), entries[1].Time);
    }

    [Theory]
    [InlineData(ConsoleRole.Operator, true)]
    [InlineData(ConsoleRole.Admin, true)]
    [InlineData(ConsoleRole.Supervisor, false)]
    [InlineData(ConsoleRole.Reviewer, false)]
    public async Task Emergency_stop_acts_in_the_call_for_operators_and_admins_only(ConsoleRole role, bool allowed)
    {
        var rig = new Rig();
        rig.Console.RunFor(TimeSpan.FromSeconds(1));
        Assert.True((await rig.Answer(rig.Service.SetProbeMode(Operator, 1, ProbeMode.Freeze))).Accepted);

        var outcome = rig.Service.EmergencyStop(new Caller("kim", role, "10.0.0.5"));

        Assert.Equal(allowed, outcome.Accepted);
        Assert.Equal(allowed, rig.Console.Core.EmergencyStopLatched);
        Assert.Equal(!allowed, rig.Console.Valves.IsOpen(ValveId.FreezeOf(0)));
        Assert.Equal(("kim", "EmergencyStop", allowed), (rig.Audit.Entries[^1].User, rig.Audit.Entries[^1].Command, rig.Audit.Entries[^1].Accepted));
    }

    [Fact]
    public async Task A_command_without_a_known_caller_is_refused()
    {
        var rig = new Rig();
        var outcome = await rig.Answer(rig.Service.SetProbeMode(new Caller(" ", ConsoleRole.Operator, "x"), 1, ProbeMode.Freeze));

        Assert.Equal("caller: who sends the command must be known.", outcome.Reason);
    }
}
