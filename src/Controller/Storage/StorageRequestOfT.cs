namespace CryoWeb.Controller.Storage;

/// <summary>A <see cref="StorageRequest"/> with a result; continuations run off the writer thread.</summary>
internal sealed class StorageRequest<T>(Func<StorageWriter, bool, T> work) : StorageRequest
{
    private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<T> Task => _done.Task;

    public override void Run(StorageWriter writer, bool committed)
    {
        try
        {
            _done.TrySetResult(work(writer, committed));
        }
#pragma warning disable CA1031 // Any failure belongs to the caller awaiting this request, never to the writer thread.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _done.TrySetException(ex);
        }
    }

    public override void Abandon(Exception reason) => _done.TrySetException(reason);
}
