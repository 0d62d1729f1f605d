using CryoWeb.Controller;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Accounts;
using CryoWeb.WebUI.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryoWeb.WebUI.Cli;

/// <summary>
/// The console's database opened by a command-line tool: the same configuration as the console
/// (<see cref="CliConfiguration"/>) and the same store registration, so the path and password are found exactly as the
/// console finds them.
/// </summary>
internal sealed class CliStore : IAsyncDisposable
{
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(15);
    private readonly ServiceProvider _services;
    private readonly DatabaseLock _lock;

    private CliStore(ServiceProvider services, DatabaseLock databaseLock, UserDirectory directory, ProcedureStore store, string databasePath, string? password)
    {
        _services = services;
        _lock = databaseLock;
        Directory = directory;
        Store = store;
        DatabasePath = databasePath;
        Password = password;
    }

    public UserDirectory Directory { get; }

    public ProcedureStore Store { get; }

    public string DatabasePath { get; }

    /// <summary>The database key found as the console finds it (null: not encrypted).</summary>
    public string? Password { get; }

    /// <summary>The opened store, or null after telling <paramref name="error"/> why it could not be opened.</summary>
    public static async Task<CliStore?> OpenAsync(string command, IReadOnlyDictionary<string, string?> settings, TextWriter error)
    {
        if (await CliConfiguration.BuildAsync(command, settings, error).ConfigureAwait(false) is not { } configuration)
        {
            return null;
        }

        string path = StorageOptions.DatabasePath(configuration);
        if (DatabaseLock.TryTake(path) is not { } databaseLock)
        {
            await error.WriteLineAsync($"{command}: the database '{path}' is locked by a running console (or another CryoWeb command). Stop the console first (systemctl stop cryoweb).").ConfigureAwait(false);
            return null;
        }

        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddCryoWebController(configuration)
            .BuildServiceProvider();
        var options = configuration.GetSection(AccountOptions.SectionName).Get<AccountOptions>() ?? new AccountOptions();
        ProcedureStore store;
        try
        {
            store = services.GetRequiredService<ProcedureStore>();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or DatabaseKeyException)
        {
            await error.WriteLineAsync($"{command}: cannot open the database: {e.Message}").ConfigureAwait(false);
            await services.DisposeAsync().ConfigureAwait(false);
            databaseLock.Dispose();
            return null;
        }

        var failed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        store.Failed += (_, _) => failed.TrySetResult();
        if (store.Health.State == StorageState.Failed)
        {
            failed.TrySetResult();
        }

        await Task.WhenAny(store.Opened, failed.Task, Task.Delay(OpenTimeout)).ConfigureAwait(false);
        if (!store.Opened.IsCompletedSuccessfully)
        {
            string reason = store.Health.Reason ?? "no answer from the database";
            await error.WriteLineAsync($"{command}: cannot open the database '{path}' ({reason}).").ConfigureAwait(false);
            await services.DisposeAsync().ConfigureAwait(false);
            databaseLock.Dispose();
            return null;
        }

        var directory = new UserDirectory(store, services.GetRequiredService<IAuditSink>(), TimeProvider.System, options, NullLogger<UserDirectory>.Instance);
        string? password = new DatabaseKeySource(configuration, Environment.GetEnvironmentVariable, NullLogger.Instance).Resolve().Password;
        return new CliStore(services, databaseLock, directory, store, path, password);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.GetRequiredService<ProcedureStore>().FlushAsync().ConfigureAwait(false);
        await _services.DisposeAsync().ConfigureAwait(false);
        _lock.Dispose();
    }
}
