using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Setup;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Protocols;
using Microsoft.Extensions.Logging.Abstractions;
using CryoWeb.Controller.Presets;

namespace CryoWeb.Controller.Tests.Procedures;

public class ProtocolLibraryAndRetentionTests
{
    private static readonly Caller Admin = new("root", ConsoleRole.Admin, "127.0.0.1");

    [Fact]
    public async Task Presets_are_the_built_in_ones_until_an_admin_saves_a_list_which_then_survives()
    {
        using var rig = new ProcedureRig();
        var trail = new MemoryAuditTrail();
        var library = new ProtocolLibrary(rig.Store);
        var commands = new ConsoleCommandService(rig.Console.Core, trail, rig.Console.Time, rig.GasPermit, library: library);
        Assert.Equal(["Double freeze 10-8-10", "Triple freeze 3-3-7-7-10", "Single freeze 15 min"], (await library.GetAsync()).Select(p => p.Name));

        var custom = new ProtocolDefinition("Kidney 8-5-8", [ProtocolStep.Freeze(8), ProtocolStep.PassiveThaw(5), ProtocolStep.Freeze(8, 80), ProtocolStep.ActiveThaw(2)]);
        Assert.True((await commands.ReplaceProtocolPresets(Admin, [custom])).Accepted);

        var saved = Assert.Single(await new ProtocolLibrary(rig.Store).GetAsync());
        Assert.Equal(custom.Name, saved.Name);
        Assert.Equal(custom.Steps, saved.Steps);
        Assert.Equal(("root", "SaveProtocolPresets", true), (trail.Entries[^1].User, trail.Entries[^1].Command, trail.Entries[^1].Accepted));
    }

    [Fact]
    public async Task Saving_presets_needs_an_admin_and_valid_steps_and_changes_nothing_otherwise()
    {
        using var rig = new ProcedureRig();
        var library = new ProtocolLibrary(rig.Store);
        var commands = new ConsoleCommandService(rig.Console.Core, new MemoryAuditTrail(), rig.Console.Time, rig.GasPermit, library: library);

        var byOperator = await commands.ReplaceProtocolPresets(ProcedureRig.Operator, [ProtocolPresets.DoubleFreeze]);
        var badStep = await commands.ReplaceProtocolPresets(Admin, [new ProtocolDefinition("x", [ProtocolStep.Freeze(5, 3)])]);
        var twice = await commands.ReplaceProtocolPresets(Admin, [ProtocolPresets.DoubleFreeze, ProtocolPresets.DoubleFreeze]);
        var undefinedMode = await commands.ReplaceProtocolPresets(Admin, [new ProtocolDefinition("y", [new ProtocolStep((ProbeMode)6, TimeSpan.FromMinutes(1))])]);

        Assert.Equal("anna (Operator) may not run SaveProtocolPresets: it needs the Admin role.", byOperator.Reason);
        Assert.Equal("presets[0].steps[0].powerPercent: freeze power must be 10 to 100 %, not 3.", badStep.Reason);
        Assert.Equal("presets[1].name: 'Double freeze 10-8-10' is used twice.", twice.Reason);
        Assert.Equal("presets[0].steps[0].mode: '6' is not a probe mode.", undefinedMode.Reason);
        Assert.Equal(3, (await library.GetAsync()).Count);
    }

    [Fact]
    public async Task Retention_is_off_unless_configured_and_never_deletes_an_unreviewed_procedure()
    {
        using var rig = new ProcedureRig();
        var (_, procedure) = await rig.Procedures.CreateAsync(ProcedureRig.Operator, new ProcedureSetup("Old case", "liver", [1], []));
        Assert.NotNull(procedure);
        Assert.True((await rig.Complete(rig.Procedures.StartAsync(ProcedureRig.Operator, procedure.Id))).Accepted);
        rig.Run(TimeSpan.FromSeconds(2));
        Assert.True((await rig.Complete(rig.Procedures.FinishAsync(ProcedureRig.Operator, procedure.Id))).Accepted);
        Assert.Null(await new RetentionService(rig.Store, rig.Console.Time, NullLogger<RetentionService>.Instance, 0).ApplyOnceAsync());

        rig.Console.Time.AdjustTime(rig.Console.Time.GetUtcNow().AddDays(400));
        var report = await new RetentionService(rig.Store, rig.Console.Time, NullLogger<RetentionService>.Instance, 365).ApplyOnceAsync();

        Assert.Equal((0, 1), (report!.DeletedProcedures, report.KeptUnreviewed));
        Assert.NotNull(await rig.Store.GetProcedureAsync(procedure.Id));
    }
}
