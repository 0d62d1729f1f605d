using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// Opens the console's recording database at start-up, or stops start-up with a <see cref="StorageStartupException"/>
/// saying what was found: a key credential that is empty or unreadable, a database missing or empty where one existed
/// (<see cref="DatabaseMarker"/>), a file that does not open (wrong key, damaged, not a database:
/// <see cref="DatabaseFileCheck"/>). It returns only once the database is open and its users, settings and procedures
/// were read, then writes the marker. Resolved before the plant is built (<see cref="StorageStartupGate"/>).
/// </summary>
public static class StorageStartup
{
    /// <summary>Longest wait for the first open (a large file, start-up recovery and the record check).</summary>
    public static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(120);

    public static ProcedureStore Open(IConfiguration configuration, TimeProvider time, ILogger<ProcedureStore> logger, StorageOptions options)
    {
        string path = StorageOptions.DatabasePath(configuration);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        DatabaseKey key;
        try
        {
            key = new DatabaseKeySource(configuration, Environment.GetEnvironmentVariable, logger).Resolve();
        }
        catch (DatabaseKeyException e)
        {
            throw new StorageStartupException(e.Message, e);
        }

        return Open(path, key.Password, time, logger, options, OpenTimeout);
    }

    /// <summary>Opens <paramref name="path"/> with <paramref name="password"/>; see the class.</summary>
    public static ProcedureStore Open(string path, string? password, TimeProvider time, ILogger<ProcedureStore> logger, StorageOptions options, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(time);
        DatabaseFileCheck.BeforeOpen(path);
        bool existed = File.Exists(path);
        var store = new ProcedureStore(path, time, logger, options, password);
        var first = Task.WhenAny(store.Opened, store.FirstOpenFailed);
        if (!first.Wait(timeout) || !store.Opened.IsCompletedSuccessfully)
        {
            string problem = store.FirstOpenFailed.IsCompletedSuccessfully ? Explain(store.FirstOpenFailed.Result) : $"no answer within {timeout.TotalSeconds:0} s";
            store.Dispose();
            throw new StorageStartupException(existed
                ? $"{DatabaseFileCheck.Describe(path, password)} (opening it failed: {problem})"
                : $"The recording database '{path}' cannot be created: {problem}");
        }

        DatabaseMarker.Ensure(path, time.GetUtcNow());
        return store;
    }

    private static string Explain(Exception e) => e is InvalidDataException ? e.Message : $"{e.GetType().Name}: {e.Message}";
}
