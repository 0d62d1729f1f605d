namespace CryoWeb.Controller.Storage;

/// <summary>
/// Health of the store. <see cref="DroppedItems"/> is the count of refused samples and records when the health last
/// changed (a failed store updates it at every further drop); it never goes back down, so a gap in the recording stays
/// visible after the store has recovered. <see cref="ProcedureStore.DroppedItems"/> is the live counter.
/// </summary>
public sealed record StorageHealth(StorageState State, string? Reason, DateTimeOffset? Since, long DroppedItems)
{
    public static StorageHealth Initial { get; } = new(StorageState.Healthy, null, null, 0);
}
