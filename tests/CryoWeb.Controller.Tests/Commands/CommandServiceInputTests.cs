using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Tests.Control;

namespace CryoWeb.Controller.Tests.Commands;

/// <summary>
/// Input the command service can judge without the console's state (a power the mode does not take, a protocol that is
/// not valid) is Invalid naming the field before anything is queued, also when no procedure runs (so the answer is
/// about the input, not "no procedure"), and audited: no transport needs to check it first.
/// </summary>
public class CommandServiceInputTests
{
    private static readonly Caller Operator = new("anna", ConsoleRole.Operator, "10.0.0.21");

    public static TheoryData<ProbeMode, double, string> BadPowers => new()
    {
        { ProbeMode.Freeze, 150, "powerPercent: freeze power must be 10 to 100 %, not 150." },
        { ProbeMode.Freeze, 5, "powerPercent: freeze power must be 10 to 100 %, not 5." },
        { ProbeMode.Stick, 40, "powerPercent: Stick takes no power (only Freeze has one); leave powerPercent out (it was 40)." },
    };

    [Theory]
    [MemberData(nameof(BadPowers))]
    public async Task A_power_the_mode_does_not_take_is_invalid_before_the_gas_permit(ProbeMode mode, double power, string reason)
    {
        var console = new ConsoleHarness();
        var audit = new MemoryAuditTrail();
        var commands = new ConsoleCommandService(console.Core, audit, console.Time, new ProcedureGasPermit()); // no procedure

        var outcome = await commands.SetProbeMode(Operator, 1, mode, power);

        Assert.Equal((CommandOutcomeKind.Invalid, "powerPercent", reason), (outcome.Kind, outcome.Field, outcome.Reason));
        Assert.Equal(reason, Assert.Single(audit.Entries).Reason);
    }

    [Fact]
    public async Task A_protocol_that_is_not_valid_is_invalid_naming_the_step_before_the_gas_permit()
    {
        var console = new ConsoleHarness();
        var commands = new ConsoleCommandService(console.Core, new MemoryAuditTrail(), console.Time, new ProcedureGasPermit());

        var outcome = await commands.StartProtocol(Operator, new ProtocolDefinition("Quick", [ProtocolStep.Freeze(10), new ProtocolStep(ProbeMode.Freeze, TimeSpan.Zero)]), [1]);

        Assert.Equal((CommandOutcomeKind.Invalid, "protocol.steps[1].duration"), (outcome.Kind, outcome.Field));
    }
}
