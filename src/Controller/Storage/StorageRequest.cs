namespace CryoWeb.Controller.Storage;

/// <summary>
/// Work a caller hands to the writer thread (a read, a flush, retention) and awaits. Run on the writer thread after
/// everything queued before it has been drained and a commit was attempted.
/// </summary>
internal abstract class StorageRequest
{
    /// <param name="writer">The writer's database owner.</param>
    /// <param name="committed">Whether the commit just before succeeded (everything queued earlier is stored).</param>
    public abstract void Run(StorageWriter writer, bool committed);

    public abstract void Abandon(Exception reason);
}
