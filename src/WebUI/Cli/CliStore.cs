using CryoWeb.Controller;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Accounts;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryoWeb.WebUI.Cli;

/// <summary>
/// The console's database opened by a command-line tool: the same configuration as the console (appsettings.json
/// beside the binaries, environment variables, then --Section:Key arguments) and the same store registration, so the
/// path and password are found exactly as the console finds them.
/// </summary>
internal sealed class CliStore : IAsyncDisposable
{
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(15);
    private readonly ServiceProvider _services;
    private readonly DatabaseLock _lock;

    private CliStore(ServiceProvider services, DatabaseLock databaseLock, UserDirectory directory)
    {
        _services = services;
        _lock = databaseLock;
        Directory = directory;
    }

    public UserDirectory Directory { get; }

    /// <summary>The opened store, or null after telling <paramref name="error"/> why it could not be opened.</summary>
    public static async Task<CliStore?> OpenAsync(IReadOnlyDictionary<string, string?> settings, TextWriter error)
    {
        string environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, $"appsettings.{environment}.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings)
            .Build();
        string path = StorageOptions.DatabasePath(configuration);
        if (DatabaseLock.TryTake(path) is not { } databaseLock)
        {
            await error.WriteLineAsync($"users: the database '{path}' is locked by a running console (or another users command). Stop the console first, or manage users on its Admin page.").ConfigureAwait(false);
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
            await error.WriteLineAsync($"users: cannot open the database: {e.Message}").ConfigureAwait(false);
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
            await error.WriteLineAsync($"users: cannot open the database '{path}' ({reason}).").ConfigureAwait(false);
            await services.DisposeAsync().ConfigureAwait(false);
            databaseLock.Dispose();
            return null;
        }

        var directory = new UserDirectory(store, services.GetRequiredService<IAuditSink>(), TimeProvider.System, options, NullLogger<UserDirectory>.Instance);
        return new CliStore(services, databaseLock, directory);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.GetRequiredService<ProcedureStore>().FlushAsync().ConfigureAwait(false);
        await _services.DisposeAsync().ConfigureAwait(false);
        _lock.Dispose();
    }
}
