using Bunit;

namespace CryoWeb.WebUI.Tests.Console;

/// <summary>
/// bUnit's synchronous event helpers (Click, Change, Submit) only queue the event while the renderer is busy, for
/// example with the render that follows a page's asynchronous initialisation; a test that then looks for the result
/// at once fails under load. <see cref="Settle"/> waits until the renderer has finished what it was doing.
/// </summary>
internal static class RenderSettling
{
    /// <summary>Returns once every piece of work queued on the renderer before the call (renders, lifecycle continuations) has run.</summary>
    public static void Settle(this BunitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Renderer.Dispatcher.InvokeAsync(() => { }).GetAwaiter().GetResult();
    }
}
