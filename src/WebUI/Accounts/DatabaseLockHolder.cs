using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// Holds the <see cref="DatabaseLock"/> while the console runs. It takes the lock when it is constructed, and it is
/// registered as the FIRST hosted service (<see cref="AddFirst"/>; the host builds all hosted services, in order,
/// before starting any): a second console on the same database is refused before it opens the database or builds the
/// plant, with a <see cref="StorageStartupException"/> (exit code 3).
/// </summary>
public sealed class DatabaseLockHolder : IHostedService, IDisposable
{
    private DatabaseLock? _lock;

    public DatabaseLockHolder(IConfiguration configuration)
    {
        string path = StorageOptions.DatabasePath(configuration);
        _lock = DatabaseLock.TryTake(path)
            ?? throw new StorageStartupException($"The recording database '{path}' is in use by another CryoWeb process (a running console or a cryoweb command); this console does not start on it.");
    }

    /// <summary>Registers the holder ahead of every hosted service registered so far (the storage gate included).</summary>
    public static void AddFirst(IServiceCollection services) =>
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseLockHolder>());

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _lock?.Dispose();
        _lock = null;
    }
}
