namespace CryoWeb.WebUI.Tests.Integration;

/// <summary>
/// Waiting for a real server or process, which runs in real time: polls a condition until it holds or a deadline
/// passes. The one polling loop of the integration tests (fake clocks need none).
/// </summary>
internal static class Eventually
{
    public static readonly TimeSpan DefaultWithin = TimeSpan.FromSeconds(15);

    /// <summary>True as soon as <paramref name="condition"/> holds; false when <paramref name="within"/> passed first.</summary>
    public static async Task<bool> HoldsAsync(Func<bool> condition, TimeSpan? within = null)
    {
        var until = DateTime.UtcNow + (within ?? DefaultWithin);
        while (!condition())
        {
            if (DateTime.UtcNow > until)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }
}
