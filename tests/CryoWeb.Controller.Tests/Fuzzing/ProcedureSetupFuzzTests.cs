using CryoWeb.Controller.Setup;
using CryoWeb.Controller.Safety;
using CryoWeb.Controller.Tests.Procedures;
using CsCheck;

namespace CryoWeb.Controller.Tests.Fuzzing;

/// <summary>
/// Property-based fuzzing of procedure creation (issue 5, bad input): random set-ups (empty, long and unicode labels
/// and names, invalid and duplicate probes and channels, undefined roles, NaN limits, null entries). No exception
/// escapes; a refusal names the field and stores nothing; an accepted set-up is stored trimmed and within range.
/// </summary>
public class ProcedureSetupFuzzTests
{
    private static readonly Gen<SensorSetup?> Sensor = Gen.Select(
        Gen.Frequency((4, Gen.Int[3, 4]), (3, Gen.Int[-1, 6]), (1, Gen.Int)),
        Gen.Frequency((3, Gen.String[Gen.Char.AlphaNumeric, 1, 8]), (1, CommandGenerators.Text)),
        Gen.Int[-1, 3].Select(i => (SensorRole)i),
        CommandGenerators.Double,
        Gen.Int[-1, 3].Select(i => (ProtectiveAction)i),
        Gen.Int[-1, 4].Array[0, 3].Null(0.1),
        (channel, name, role, limit, action, linked) => new SensorSetup(channel, name!, role, limit, action, linked!)).Null(0.05);

    private static readonly Gen<ProcedureSetup?> Setup = Gen.Select(
        CommandGenerators.Text,
        CommandGenerators.Text,
        CommandGenerators.ProbeList.Null(0.05),
        Sensor.Array[0, 4].Null(0.05),
        (label, organ, probes, sensors) => new ProcedureSetup(label!, organ!, probes!, sensors!)).Null(0.02);

    [Fact]
    public async Task Random_set_ups_never_throw_refusals_name_a_field_and_store_nothing_accepted_ones_are_stored_in_range()
    {
        using var rig = new ProcedureRig();
        int accepted = 0;
        await Setup.SampleAsync(
            async setup =>
            {
                int before = (await rig.Store.ListProceduresAsync()).Count;

                var (outcome, record) = await rig.Procedures.CreateAsync(ProcedureRig.Operator, setup!);

                await rig.Store.FlushAsync();
                var stored = await rig.Store.ListProceduresAsync();
                if (!outcome.Accepted)
                {
                    TwinConsoles.AssertNamesAField(outcome.Reason, setup?.ToString() ?? "null");
                    Assert.Null(record);
                    Assert.Equal(before, stored.Count);
                    return;
                }

                accepted++;
                Assert.NotNull(setup);
                Assert.NotNull(record);
                Assert.Equal(before + 1, stored.Count);
                Assert.Equal(setup.Label.Trim(), record.Label);
                Assert.InRange(record.Label.Length, 1, 80);
                Assert.Equal(setup.Organ.Trim(), record.Organ);
                Assert.All(setup.ProbesInUse, p => Assert.InRange(p, 1, rig.Console.Core.Probes.Count));
                Assert.Equal(setup.ProbesInUse.Count, setup.ProbesInUse.Distinct().Count());
                Assert.All(setup.Sensors ?? [], s => Assert.False(rig.Console.Core.Plant.Channels[s.Channel].IsProbeTip));
                Assert.Null(rig.Procedures.Running);
            },
            iter: 500,
            threads: 1,
            print: setup => setup is null ? "null" : $"{setup} probes=[{string.Join(',', setup.ProbesInUse ?? [])}] sensors=[{string.Join("; ", (setup.Sensors ?? []).Select(s => s is null ? "null" : $"{s} linked=[{string.Join(',', s.LinkedProbes ?? [])}]"))}]");

        Assert.True(accepted > 5, $"only {accepted} set-ups accepted: the generators do not reach valid ones");
    }

    [Theory]
    [InlineData(SensorRole.Margin, ProtectiveAction.AlarmOnly, true, "sensors[0].linkedProbes: missing; give [] for every probe in use.")]
    [InlineData((SensorRole)3, ProtectiveAction.AlarmOnly, false, "sensors[0].role: '3' is not defined.")]
    [InlineData(SensorRole.Margin, (ProtectiveAction)(-1), false, "sensors[0].action: '-1' is not defined.")]
    public async Task Fuzz_findings_a_null_linked_list_or_an_undefined_role_or_action_is_refused_at_creation(SensorRole role, ProtectiveAction action, bool nullLinks, string reason)
    {
        using var rig = new ProcedureRig();
        var setup = new ProcedureSetup("Case 1", "kidney", [1], [new SensorSetup(3, "TS1", role, 0, action, nullLinks ? null! : [])]);

        var (outcome, record) = await rig.Procedures.CreateAsync(ProcedureRig.Operator, setup);

        Assert.Equal(reason, outcome.Reason);
        Assert.Null(record);
    }
}
