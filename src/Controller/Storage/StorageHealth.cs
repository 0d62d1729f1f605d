namespace CryoWeb.Controller.Storage;

/// <summary>
/// Health of the store. <see cref="DroppedItems"/> counts every sample or record that was refused because the write
/// queue was full (or the store was disposed); it never goes back down, so a gap in the recording stays visible after
/// the store has recovered.
/// </summary>
public sealed record StorageHealth(StorageState State, string? Reason, DateTimeOffset? Since, long DroppedItems)
{
    public static StorageHealth Initial { get; } = new(StorageState.Healthy, null, null, 0);
}
