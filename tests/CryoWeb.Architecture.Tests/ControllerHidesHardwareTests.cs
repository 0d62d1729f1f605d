using System.Reflection;

namespace CryoWeb.Architecture.Tests;

/// <summary>
/// The controller keeps its hardware to itself (issue 15): no public type of CryoWeb.Controller shows a
/// CryoWeb.Hardware type in its public face (base type, interfaces, the signature of a public or protected member), so
/// a caller of the controller never needs the hardware assembly and the web cannot reach a valve through it. Nothing
/// is excused: the host's registration (AddCryoWebController) and start-up failure (PlantStartupException) are
/// controller types.
/// </summary>
public sealed class ControllerHidesHardwareTests
{
    private static readonly Assembly Controller = typeof(CryoWeb.Controller.ControllerServiceCollectionExtensions).Assembly;

    [Fact]
    public void No_public_controller_member_shows_a_hardware_type()
    {
        var offenders = HardwareInPublicFaces(Controller).ToList();

        Assert.True(offenders.Count == 0,
            $"These public controller members show a hardware type; make them internal or give them a controller type: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void The_check_catches_a_public_member_that_shows_a_hardware_type()
    {
        var found = HardwareInPublicFaces(typeof(ControllerHidesHardwareTests).Assembly).ToList();

        Assert.Contains($"{typeof(Violations.PublicValves).FullName}.Valves", found);
        Assert.Contains($"{typeof(Violations.PublicValves).FullName}.Open", found);
        Assert.Contains($"{typeof(Violations.PublicValves).FullName}..ctor", found);
        Assert.DoesNotContain(found, m => m.Contains("Hidden", StringComparison.Ordinal));
    }

    /// <summary>"Type.Member" of every public or protected member of a public type of <paramref name="assembly"/> whose signature names a hardware type.</summary>
    internal static IEnumerable<string> HardwareInPublicFaces(Assembly assembly) =>
        assembly.GetExportedTypes()
            .SelectMany(PublicSignatures.Of)
            .Where(m => m.Types.Any(t => t.Namespace?.StartsWith("CryoWeb.Hardware", StringComparison.Ordinal) == true))
            .Select(m => m.Member)
            .Distinct()
            .Order(StringComparer.Ordinal);
}
