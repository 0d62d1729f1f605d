using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Tests.Control;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.Controller.Tests.Commands;

/// <summary>
/// A refused command is still audited with what it was sent: the audit line must not grow with the input (a 20 MB
/// protocol name) nor carry characters that reverse the text beside it when the trail is read.
/// </summary>
public class AuditEntryBoundsTests
{
    private static readonly Caller Operator = new("anna", ConsoleRole.Operator, "10.0.0.21");

    [Fact]
    public async Task A_refused_start_with_a_20_MB_reversing_name_is_audited_short_and_readable()
    {
        var console = new ConsoleHarness();
        var audit = new MemoryAuditTrail();
        var permit = new ProcedureGasPermit();
        permit.Open(Guid.NewGuid()); // a procedure runs: the start is refused for its name, not for want of a procedure
        var commands = new ConsoleCommandService(console.Core, audit, console.Time, permit);
        string name = "Quick\u202E" + new string('x', 20 * 1024 * 1024);

        var pending = commands.StartProtocol(Operator, new ProtocolDefinition(name, [ProtocolStep.Freeze(10)]), [1]);
        console.RunFor(TimeSpan.FromSeconds(1));
        var outcome = await pending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(outcome.Accepted);
        var entry = Assert.Single(audit.Entries);
        Assert.True(entry.Parameters.Length <= AuditEntry.MaxParametersLength + 40, $"{entry.Parameters.Length} characters audited");
        Assert.StartsWith("protocol=Quick?xxx", entry.Parameters, StringComparison.Ordinal);
        Assert.EndsWith($"(cut: {("protocol=" + name + " probes=[1]").Length} characters)", entry.Parameters, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', entry.Parameters);
    }

    [Theory]
    [InlineData("probe=1 mode=Freeze", 100, "probe=1 mode=Freeze")]
    [InlineData("a\u0000b\u001bc", 100, "a?b?c")]
    [InlineData("abcdef", 3, "abc… (cut: 6 characters)")]
    [InlineData("ab\U0001F600", 3, "ab… (cut: 4 characters)")]
    public void Record_text_keeps_what_can_be_shown_and_says_where_it_was_cut(string text, int max, string kept) =>
        Assert.Equal(kept, CryoWeb.Controller.Text.ClinicalText.ForRecord(text, max));

    [Fact]
    public void An_ordinary_entry_is_kept_as_it_is()
    {
        var entry = AuditEntry.For(new FakeTimeProvider(), Operator, "SetProbeMode", "probe=1 mode=Freeze powerPercent=100", CommandOutcome.Ok);
        Assert.Equal("probe=1 mode=Freeze powerPercent=100", entry.Parameters);
    }
}
