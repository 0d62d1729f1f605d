using System.Reflection;
using NetArchTest.Rules;

namespace CryoWeb.Architecture.Tests;

/// <summary>
/// The web (CryoWeb.WebUI) holds no control object and no hardware type: a type that depends on anything in
/// <see cref="ControlInternals.ForbiddenToWeb"/> fails here, naming the type and what it used. No web type is excused:
/// the host builds the controller, plant included, through the controller's own registration (AddCryoWebController),
/// catches the controller's PlantStartupException, and the wiring command reads the controller's wiring table.
/// </summary>
public sealed class WebUsesOnlyTheContractTests
{
    private static readonly Assembly Web = typeof(CryoWeb.WebUI.Live.LiveStatusBoard).Assembly;

    [Fact]
    public void No_web_type_uses_a_hardware_type_or_a_control_internal()
    {
        var offenders = Offenders(Web).ToList();

        Assert.True(offenders.Count == 0,
            $"These web types use hardware or control-internal types ({string.Join(", ", ControlInternals.ForbiddenToWeb)}); "
            + $"give them contract types (CryoWeb.Controller.Contract) instead: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void The_rule_catches_a_type_that_uses_a_hardware_type()
    {
        var offenders = Offenders(typeof(WebUsesOnlyTheContractTests).Assembly).ToList();

        Assert.Contains(typeof(Violations.PublicValves).FullName, offenders);
        Assert.DoesNotContain(typeof(WebUsesOnlyTheContractTests).FullName, offenders);
    }

    [Fact]
    public void No_web_type_names_the_control_core_the_probe_controller_the_protocol_run_or_the_plant()
    {
        string[] objects = ["CryoWeb.Controller.Control.ControlCore", "CryoWeb.Controller.Probes.ProbeController", "CryoWeb.Controller.Protocols.ProtocolRun", "CryoWeb.Hardware.PlantHardware"];

        var offenders = Outermost(Types.InAssembly(Web).That().HaveDependencyOnAny(objects).GetTypes()).ToList();

        Assert.True(offenders.Count == 0, $"These web types hold a control object: {string.Join(", ", offenders)}");
    }

    /// <summary>Types of <paramref name="assembly"/> (outermost, so a lambda's closure counts as its component) that depend on a forbidden type.</summary>
    private static IEnumerable<string> Offenders(Assembly assembly) =>
        Outermost(Types.InAssembly(assembly).That().HaveDependencyOnAny([.. ControlInternals.ForbiddenToWeb]).GetTypes());

    private static IEnumerable<string> Outermost(IEnumerable<Type> types) =>
        types.Select(t =>
        {
            while (t.DeclaringType is not null)
            {
                t = t.DeclaringType;
            }

            return t.FullName ?? t.Name;
        }).Distinct().Order(StringComparer.Ordinal);
}
