using System.Runtime.CompilerServices;
using Bunit;

namespace CryoWeb.WebUI.Tests.Console;

/// <summary>
/// bUnit's synchronous event helpers (Click, Change, Submit) only queue the event while the renderer is busy, for
/// example with the render that follows a page's asynchronous initialisation; a test that then looks for the result
/// at once fails under load. <see cref="Settle"/> waits until the renderer has finished what it was doing.
/// </summary>
internal static class RenderSettling
{
    /// <summary>WaitFor* helpers wait this long (bUnit's default of 1 s is short on a loaded 2-core CI machine).</summary>
    [ModuleInitializer]
#pragma warning disable CA2255 // A test assembly's own setting, set once before any test runs.
    internal static void UseLongerWaits() => BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
#pragma warning restore CA2255

    /// <summary>Returns once every piece of work queued on the renderer before the call (renders, lifecycle continuations) has run.</summary>
    public static void Settle(this BunitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Renderer.Dispatcher.InvokeAsync(() => { }).GetAwaiter().GetResult();
    }
}
