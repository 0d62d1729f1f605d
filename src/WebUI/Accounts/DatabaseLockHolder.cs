using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Accounts;

/// <summary>Holds the <see cref="DatabaseLock"/> while the console runs; refuses to start when another process has it.</summary>
public sealed class DatabaseLockHolder(IConfiguration configuration) : IHostedService, IDisposable
{
    private DatabaseLock? _lock;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        string path = StorageOptions.DatabasePath(configuration);
        _lock = DatabaseLock.TryTake(path)
            ?? throw new InvalidOperationException($"Storage:DatabasePath: '{path}' is in use by another CryoWeb process (a running console or the users command).");
        return Task.CompletedTask;
    }

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
