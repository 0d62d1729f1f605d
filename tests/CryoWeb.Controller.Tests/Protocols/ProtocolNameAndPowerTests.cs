using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;

namespace CryoWeb.Controller.Tests.Protocols;

/// <summary>
/// Issue 13: a protocol's name has the limits of every name (a 20 MB inline name made every status 20 MB and broke
/// storage), and a step's power is a Freeze setting only: any other step given a power (Stick at -50 %) is refused
/// instead of silently ignored.
/// </summary>
public class ProtocolNameAndPowerTests
{
    private static ProtocolDefinition Named(string name) => new(name, [ProtocolStep.Freeze(10), ProtocolStep.PassiveThaw(5)]);

    public static TheoryData<ProtocolDefinition, string> Problems => new()
    {
        { Named(new string('x', 10_000)), "name: Protocol name: at most 60 characters (this one has 10 000)." },
        { Named(new string('x', 61)), "name: Protocol name: at most 60 characters (this one has 61)." },
        { Named("Double\u202E freeze"), "name: Protocol name: character 7 is an invisible text-direction mark" },
        { Named("Double\u0007freeze"), "name: Protocol name: character 7 is a control character" },
        { Named("   "), "name: Protocol name: required, 1 to 60 characters." },
        { new ProtocolDefinition("Stick", [new ProtocolStep(ProbeMode.Stick, TimeSpan.FromMinutes(1), -50)]), "steps[0].powerPercent: Stick takes no power (only Freeze has one); leave powerPercent out (it was -50)." },
        { new ProtocolDefinition("Thaw", [ProtocolStep.Freeze(1), new ProtocolStep(ProbeMode.PassiveThaw, TimeSpan.FromMinutes(1), 50)]), "steps[1].powerPercent: PassiveThaw takes no power (only Freeze has one); leave powerPercent out (it was 50)." },
        { new ProtocolDefinition("Thaw", [new ProtocolStep(ProbeMode.ActiveThaw, TimeSpan.FromMinutes(1), 0)]), "steps[0].powerPercent: ActiveThaw takes no power (only Freeze has one); leave powerPercent out (it was 0)." },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void A_bad_name_or_a_power_where_none_is_taken_is_refused_naming_the_field(ProtocolDefinition protocol, string expected)
    {
        Assert.StartsWith(expected, protocol.Problem(), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_up_to_the_limit_in_any_script_and_the_built_in_presets_are_accepted()
    {
        Assert.Null(Named(new string('x', 60)).Problem());
        Assert.Null(Named("تجميد مزدوج 10-8-10").Problem());
        Assert.Null(Named("Niere 8–5–8 (Prüfung) ❄").Problem());
        Assert.All(ProtocolPresets.All, p => Assert.Null(p.Problem()));
    }
}
