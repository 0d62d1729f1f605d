using System.Reflection;
using NetArchTest.Rules;

namespace CryoWeb.Architecture.Tests;

/// <summary>
/// The web (CryoWeb.WebUI) holds no control object and no hardware type: a type that depends on anything in
/// <see cref="ControlInternals.ForbiddenToWeb"/> fails here, naming the type and what it used. The few types that must
/// still build the host or drive the simulator are listed in <see cref="NotYetOnTheContract"/>; that list only shrinks
/// (a listed type that no longer needs it fails too, so it is taken off).
/// </summary>
public sealed class WebUsesOnlyTheContractTests
{
    private static readonly Assembly Web = typeof(CryoWeb.WebUI.Live.LiveStatusBoard).Assembly;

    /// <summary>
    /// Web types that still use hardware types, with why. Host building and the command line's wiring table need the
    /// hardware configuration.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string> NotYetOnTheContract = new Dictionary<string, string>
    {
        ["CryoWeb.WebUI.Hosting.ConsoleStart"] = "starts the host and reports a plant that cannot start (PlantStartupException, exit 4)",
        ["CryoWeb.WebUI.Hosting.ConsoleHost"] = "builds the host (hardware registration)",
        ["CryoWeb.WebUI.Cli.WiringCommand"] = "prints the wiring from the hardware configuration",
        ["CryoWeb.WebUI.Cli.Operations.WiringTable"] = "prints the wiring from the hardware configuration",
    };

    [Fact]
    public void No_web_type_uses_a_hardware_type_or_a_control_internal()
    {
        var offenders = Offenders().Where(t => !NotYetOnTheContract.ContainsKey(t)).ToList();

        Assert.True(offenders.Count == 0,
            $"These web types use hardware or control-internal types ({string.Join(", ", ControlInternals.ForbiddenToWeb)}); "
            + $"give them contract types (CryoWeb.Controller.Contract) instead: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void Every_type_still_excused_still_needs_it_so_the_list_only_shrinks()
    {
        var offenders = Offenders().ToHashSet();

        var stale = NotYetOnTheContract.Keys.Where(t => !offenders.Contains(t)).ToList();

        Assert.True(stale.Count == 0, $"No longer use hardware or control internals: take them off NotYetOnTheContract: {string.Join(", ", stale)}");
    }

    [Fact]
    public void No_web_type_names_the_control_core_the_probe_controller_the_protocol_run_or_the_plant_whatever_the_excuse()
    {
        string[] objects = ["CryoWeb.Controller.Control.ControlCore", "CryoWeb.Controller.Probes.ProbeController", "CryoWeb.Controller.Protocols.ProtocolRun", "CryoWeb.Hardware.PlantHardware"];
        var allowedToBuildTheHost = new HashSet<string> { "Program", "CryoWeb.WebUI.Hosting.ConsoleHost" };

        var offenders = Outermost(Types.InAssembly(Web).That().HaveDependencyOnAny(objects).GetTypes())
            .Where(t => !allowedToBuildTheHost.Contains(t)).ToList();

        Assert.True(offenders.Count == 0, $"These web types hold a control object: {string.Join(", ", offenders)}");
    }

    /// <summary>Web types (outermost, so a lambda's closure counts as its component) that depend on a forbidden type.</summary>
    private static IEnumerable<string> Offenders() =>
        Outermost(Types.InAssembly(Web).That().HaveDependencyOnAny([.. ControlInternals.ForbiddenToWeb]).GetTypes());

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
