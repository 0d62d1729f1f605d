using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Presets;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Tests.Procedures;

namespace CryoWeb.Controller.Tests.Commands;

/// <summary>
/// Replacing the protocol presets is a command like every other: Admins only, validated once in the command service
/// (Invalid naming the field, nothing saved), audited with its outcome, then saved by the library.
/// </summary>
public sealed class PresetCommandTests : IDisposable
{
    private static readonly Caller Admin = new("root", ConsoleRole.Admin, "127.0.0.1");

    private readonly ProcedureRig _rig = new();
    private readonly MemoryAuditTrail _audit = new();
    private readonly ProtocolLibrary _library;
    private readonly ConsoleCommandService _commands;

    public PresetCommandTests()
    {
        _library = new ProtocolLibrary(_rig.Store);
        _commands = new ConsoleCommandService(_rig.Console.Core, _audit, _rig.Console.Time, _rig.GasPermit, library: _library);
    }

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task An_admin_replaces_the_presets_and_the_save_is_audited_with_the_list_size()
    {
        var custom = new ProtocolDefinition("Kidney 8-5-8", [ProtocolStep.Freeze(8), ProtocolStep.PassiveThaw(5), ProtocolStep.Freeze(8, 80)]);

        var outcome = await _commands.ReplaceProtocolPresets(Admin, [custom]);

        Assert.Equal(CommandOutcomeKind.Accepted, outcome.Kind);
        Assert.Equal(["Kidney 8-5-8"], (await _library.GetAsync()).Select(p => p.Name));
        var entry = Assert.Single(_audit.Entries);
        Assert.Equal(("root", "SaveProtocolPresets", "presets=1", true), (entry.User, entry.Command, entry.Parameters, entry.Accepted));
    }

    [Fact]
    public async Task An_operator_is_refused_by_role_audited_and_nothing_changes()
    {
        var outcome = await _commands.ReplaceProtocolPresets(ProcedureRig.Operator, [ProtocolPresets.DoubleFreeze]);

        Assert.Equal(CommandOutcomeKind.Refused, outcome.Kind);
        Assert.Equal("anna (Operator) may not run SaveProtocolPresets: it needs the Admin role.", outcome.Reason);
        Assert.Equal(3, (await _library.GetAsync()).Count);
        Assert.False(Assert.Single(_audit.Entries).Accepted);
    }

    public static TheoryData<string, string, ProtocolDefinition?[]> InvalidLists() => new()
    {
        { "presets[2].steps[0].mode", "presets[2].steps[0].mode: '6' is not a probe mode.",
            [ProtocolPresets.DoubleFreeze, ProtocolPresets.SingleFreeze15, new ProtocolDefinition("y", [new ProtocolStep((ProbeMode)6, TimeSpan.FromMinutes(1))])] },
        { "presets[0].steps[0].powerPercent", "presets[0].steps[0].powerPercent: freeze power must be 10 to 100 %, not 3.", [new ProtocolDefinition("x", [ProtocolStep.Freeze(5, 3)])] },
        { "presets[1].name", "presets[1].name: 'Double freeze 10-8-10' is used twice.", [ProtocolPresets.DoubleFreeze, ProtocolPresets.DoubleFreeze] },
        { "presets[1]", "presets[1]: a protocol is needed, not null.", [ProtocolPresets.DoubleFreeze, null] },
        { "presets", "presets: give 1 to 30 protocols, not 0.", [] },
    };

    [Theory]
    [MemberData(nameof(InvalidLists))]
    public async Task An_invalid_list_is_invalid_naming_the_field_audited_and_saves_nothing(string field, string reason, ProtocolDefinition?[] presets)
    {
        var outcome = await _commands.ReplaceProtocolPresets(Admin, presets!);

        Assert.Equal((CommandOutcomeKind.Invalid, field, reason), (outcome.Kind, outcome.Field, outcome.Reason));
        Assert.Equal(["Double freeze 10-8-10", "Triple freeze 3-3-7-7-10", "Single freeze 15 min"], (await _library.GetAsync()).Select(p => p.Name));
        var entry = Assert.Single(_audit.Entries);
        Assert.Equal(("SaveProtocolPresets", false, reason), (entry.Command, entry.Accepted, entry.Reason));
    }

    [Fact]
    public async Task More_than_thirty_presets_are_invalid()
    {
        var many = Enumerable.Range(0, ProtocolLibrary.MaxPresets + 1).Select(i => new ProtocolDefinition($"P{i}", [ProtocolStep.Freeze(1)])).ToList();

        var outcome = await _commands.ReplaceProtocolPresets(Admin, many);

        Assert.Equal((CommandOutcomeKind.Invalid, "presets"), (outcome.Kind, outcome.Field));
    }

    [Fact]
    public async Task A_console_without_a_preset_library_refuses_the_save()
    {
        var commands = new ConsoleCommandService(_rig.Console.Core, _audit, _rig.Console.Time, _rig.GasPermit);

        var outcome = await commands.ReplaceProtocolPresets(Admin, [ProtocolPresets.DoubleFreeze]);

        Assert.Equal(CommandOutcomeKind.Refused, outcome.Kind);
    }
}
