namespace CryoWeb.WebUI.Components.Pages.Plan;

/// <summary>
/// One planning simulation at a time on this console. The planner already leaves one core to the control loop; two
/// pages simulating at once would take it back, and each run holds a whole tissue grid in memory.
/// </summary>
internal static class PlanningGate
{
    private static readonly SemaphoreSlim One = new(1, 1);

    /// <summary>
    /// Runs <paramref name="work"/> on the thread pool once no other plan is being simulated; <paramref name="waiting"/>
    /// is called first if another one is. Cancelling <paramref name="cancellationToken"/> stops the wait, and the work
    /// wherever it checks the token.
    /// </summary>
    public static async Task<T> RunAsync<T>(Func<CancellationToken, T> work, Action waiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(waiting);
        if (!await One.WaitAsync(0, CancellationToken.None).ConfigureAwait(true))
        {
            waiting();
            await One.WaitAsync(cancellationToken).ConfigureAwait(true);
        }

        try
        {
            return await Task.Run(() => work(cancellationToken), cancellationToken).ConfigureAwait(true);
        }
        finally
        {
            One.Release();
        }
    }
}
