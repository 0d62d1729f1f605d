using CryoWeb.Controller;
using CryoWeb.Configuration;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Accounts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

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

        AccountOptions options;
        try
        {
            options = configuration.ReadSettings<AccountOptions>(AccountOptions.SectionName, o => o.Problem());
            _ = configuration.ReadSettings<StorageOptions>(StorageOptions.SectionName, o => o.Problem());
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync($"{command}: the configuration is invalid: {string.Join(" ", e.Failures)}").ConfigureAwait(false);
            return null;
        }

        string path = StorageOptions.DatabasePath(configuration);
        if (DatabaseLock.TryTake(path) is not { } databaseLock)
        {
            await error.WriteLineAsync($"{command}: the database '{path}' is locked by a running console (or another CryoWeb command). Stop the console first (systemctl stop cryoweb).").ConfigureAwait(false);
            return null;
        }

        var services = Services(configuration).BuildServiceProvider();
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

    /// <summary>
    /// What a command-line tool runs on: the storage feature (database, audit trail) and nothing else. No plant, no
    /// control loop, no watchdog, no estimator: opening the records never builds the console.
    /// </summary>
    internal static ServiceCollection Services(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System)
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddCryoWebStorage(configuration);
        return services;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.GetRequiredService<ProcedureStore>().FlushAsync().ConfigureAwait(false);
        await _services.DisposeAsync().ConfigureAwait(false);
        _lock.Dispose();
    }
}
