using System.Runtime.CompilerServices;
using Bunit;

namespace CryoWeb.WebUI.Tests.Console;

/// <summary>The component tests' one bUnit setting, set once when this test assembly loads.</summary>
internal static class BunitWaits
{
#pragma warning disable CA2255 // A test assembly's own setting, set once before any test runs.
    /// <summary>WaitFor* helpers wait this long (bUnit's default of 1 s is short on a loaded 2-core CI machine).</summary>
    [ModuleInitializer]
    internal static void UseLongerWaits() => BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
#pragma warning restore CA2255
}
