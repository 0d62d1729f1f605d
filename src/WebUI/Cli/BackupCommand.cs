using System.Globalization;
using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Cli;

/// <summary>
/// <c>backup FILE</c>: a consistent copy of the recording database (records, samples, audit trail, alarms, users),
/// still encrypted with the database key, checked by opening it afterwards. Needs the console stopped (it holds the
/// database); <c>deploy/cryoweb-backup</c> stops and restarts it between procedures. Exit codes: 0 done, 1 refused or
/// failed (nothing changed but a partial copy removed), 2 bad usage.
/// </summary>
internal static class BackupCommand
{
    public const string Name = "backup";

    internal const string Usage = """
        usage: backup FILE
          Copies the recording database to FILE (kept encrypted) and checks that the copy opens.
          The console must be stopped. Database: --Storage:DatabasePath PATH [--Storage:Password X]
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var parsed = DatabaseFileArguments.Parse(Name, args);
        if (await parsed.AnswerUsageAsync(Name, Usage, output, error).ConfigureAwait(false) is int exitCode)
        {
            return exitCode;
        }

        if (parsed.File is not { } file)
        {
            return 2;
        }

        string target = Path.GetFullPath(file);
        await using var session = await CliStore.OpenAsync(Name, parsed.Settings, error).ConfigureAwait(false);
        if (session is null)
        {
            return 1;
        }

        if (string.Equals(target, session.DatabasePath, StringComparison.Ordinal))
        {
            await error.WriteLineAsync($"{Name}: FILE '{target}' is the database itself; give another file.").ConfigureAwait(false);
            return 2;
        }

        try
        {
            await session.Store.BackupToAsync(target).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or StorageUnavailableException)
        {
            await error.WriteLineAsync($"{Name}: no backup made: {e.Message}").ConfigureAwait(false);
            return 1;
        }

        try
        {
            var summary = DatabaseFiles.Inspect(target, session.Password);
            await output.WriteLineAsync(Describe($"{Name}: {session.DatabasePath} -> {target}", summary)).ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            File.Delete(target);
            await error.WriteLineAsync($"{Name}: the copy does not open, so it was deleted: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }

    internal static string Describe(string what, DatabaseSummary summary) => string.Create(CultureInfo.InvariantCulture,
        $"{what}: {summary.Bytes} bytes, {summary.Procedures} procedures (newest started {summary.NewestProcedureStartedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "-"}), {summary.Users} users, {summary.SampleChunks} sample chunks; the copy opens with the database key.");
}
