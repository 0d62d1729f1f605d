namespace CryoWeb.Controller.Storage;

/// <summary>Whether recorded data is reaching the database.</summary>
public enum StorageState
{
    /// <summary>The last commit succeeded and nothing was dropped since.</summary>
    Healthy,

    /// <summary>A write, commit, checkpoint or open failed, or the queue overflowed; see <see cref="StorageHealth.Reason"/>.</summary>
    Failed,
}
