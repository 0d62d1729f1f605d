using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Accounts;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryoWeb.WebUI.Cli;

/// <summary>
/// <c>restore FILE</c>: puts a backup back as the recording database. The backup is opened with the database key
/// first (a wrong key or a foreign file changes nothing); the database it replaces is kept beside it as
/// <c>NAME.before-restore-TIMESTAMP.db</c> (with its log), never deleted. Needs the console stopped. Exit codes: 0 done,
/// 1 refused or failed, 2 bad usage.
/// </summary>
internal static class RestoreCommand
{
    public const string Name = "restore";

    internal const string Usage = """
        usage: restore FILE
          Replaces the recording database by the backup FILE (checked first with the database key); the replaced
          database is kept beside it. The console must be stopped. Database: --Storage:DatabasePath PATH [--Storage:Password X]
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(time);
        var parsed = DatabaseFileArguments.Parse(Name, args);
        if (await parsed.AnswerUsageAsync(Name, Usage, output, error).ConfigureAwait(false) is int exitCode)
        {
            return exitCode;
        }

        if (parsed.File is not { } file)
        {
            return 2;
        }

        if (await CliConfiguration.BuildAsync(Name, parsed.Settings, error).ConfigureAwait(false) is not { } configuration)
        {
            return 1;
        }

        string backup = Path.GetFullPath(file);
        string database = StorageOptions.DatabasePath(configuration);
        if (string.Equals(backup, database, StringComparison.Ordinal))
        {
            await error.WriteLineAsync($"{Name}: FILE '{backup}' is the database itself; give a backup file.").ConfigureAwait(false);
            return 2;
        }

        using var databaseLock = DatabaseLock.TryTake(database);
        if (databaseLock is null)
        {
            await error.WriteLineAsync($"{Name}: the database '{database}' is locked by a running console (or another CryoWeb command). Stop the console first (systemctl stop cryoweb).").ConfigureAwait(false);
            return 1;
        }

        try
        {
            string? password = new DatabaseKeySource(configuration, Environment.GetEnvironmentVariable, NullLogger.Instance).Resolve().Password;
            var summary = DatabaseFiles.Inspect(backup, password);
            string? kept = DatabaseFiles.ReplaceWith(backup, database, time.GetUtcNow());
            await output.WriteLineAsync(BackupCommand.Describe($"{Name}: {backup} -> {database}", summary)).ConfigureAwait(false);
            await output.WriteLineAsync(kept is null ? $"{Name}: there was no database before." : $"{Name}: the replaced database is kept as {kept}.").ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or DatabaseKeyException)
        {
            await error.WriteLineAsync($"{Name}: nothing restored: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
