using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Accounts;
using CryoWeb.WebUI.Cli;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.WebUI.Tests.Cli;

/// <summary>
/// <c>backup</c> and <c>restore</c> against real encrypted database files: a backup holds every record and opens only
/// with the key; a restore checks the backup first, keeps what it replaces, and changes nothing when it refuses.
/// </summary>
public sealed class BackupRestoreCommandTests : IDisposable
{
    private const string Key = "site key 1";
    private readonly string _directory = Directory.CreateTempSubdirectory("cryoweb-backup-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 30, 5, TimeSpan.Zero));

    private string Database => Path.Combine(_directory, "live", "cryoweb.db");

    private string BackupFile => Path.Combine(_directory, "backups", "cryoweb-2026.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Records a finished procedure with 50 samples of 2 channels into the database (as the console would).</summary>
    private async Task<Guid> Record(string label, string key = Key)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Database)!);
        using var store = new ProcedureStore(Database, _time, NullLogger<ProcedureStore>.Instance, new StorageOptions(), key);
        await store.Opened;
        var procedure = store.CreateProcedure(label, "olivia", "Kidney", ["P1 tip", "TS1"])!;
        Assert.True(store.StartProcedure(procedure.Id));
        for (int i = 0; i < 50; i++)
        {
            Assert.True(store.AppendSample(procedure.Id, _time.GetUtcNow().AddMilliseconds(100 * i), [-100f - i, 30f]));
        }

        Assert.True(store.FinishProcedure(procedure.Id));
        Assert.True(await store.FlushAsync());
        return procedure.Id;
    }

    private async Task<IReadOnlyList<string>> Labels(string path, string key = Key)
    {
        using var store = new ProcedureStore(path, _time, NullLogger<ProcedureStore>.Instance, new StorageOptions(), key);
        await store.Opened;
        return [.. (await store.ListProceduresAsync()).Select(p => p.Label).Order(StringComparer.Ordinal)];
    }

    private async Task<(int Code, string Output, string Error)> Run(string command, string key, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] all = [.. args, "--Storage:DatabasePath", Database, "--Storage:Password", key];
        int code = command == BackupCommand.Name
            ? await BackupCommand.RunAsync(all, output, error)
            : await RestoreCommand.RunAsync(all, output, error, _time);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task A_backup_holds_every_procedure_and_its_samples_and_opens_only_with_the_key()
    {
        var id = await Record("Case A");

        var result = await Run(BackupCommand.Name, Key, BackupFile);

        Assert.Equal(0, result.Code);
        Assert.Contains("1 procedures", result.Output, StringComparison.Ordinal);
        Assert.Contains("the copy opens with the database key", result.Output, StringComparison.Ordinal);
        using (var copy = new ProcedureStore(BackupFile, _time, NullLogger<ProcedureStore>.Instance, new StorageOptions(), Key))
        {
            await copy.Opened;
            var rows = await copy.ReadSamplesAsync(id, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
            Assert.Equal(50, rows.Count);
            Assert.Equal(-149f, rows[^1].ChannelCelsius[0]);
        }

        var withoutKey = Assert.Throws<InvalidDataException>(() => DatabaseFiles.Inspect(BackupFile, password: null));
        Assert.Contains("with the configured key", withoutKey.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(BackupFile)!, ".*partial"));
    }

    [Fact]
    public async Task A_backup_is_refused_while_the_console_holds_the_database()
    {
        await Record("Case A");
        using var console = DatabaseLock.TryTake(Database);

        var result = await Run(BackupCommand.Name, Key, BackupFile);

        Assert.Equal(1, result.Code);
        Assert.Contains("locked by a running console", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(BackupFile));
    }

    [Fact]
    public async Task A_restore_puts_the_backup_back_and_keeps_the_replaced_database()
    {
        await Record("Case A");
        Assert.Equal(0, (await Run(BackupCommand.Name, Key, BackupFile)).Code);
        await Record("Case B");

        var result = await Run(RestoreCommand.Name, Key, BackupFile);

        Assert.Equal(0, result.Code);
        string kept = Path.Combine(Path.GetDirectoryName(Database)!, "cryoweb.before-restore-20261125T123005Z.db");
        Assert.Contains($"kept as {kept}", result.Output, StringComparison.Ordinal);
        Assert.Equal(["Case A"], await Labels(Database));
        Assert.Equal(["Case A", "Case B"], await Labels(kept));
    }

    [Fact]
    public async Task A_backup_made_under_another_key_is_refused_and_nothing_changes()
    {
        await Record("Case A", key: "old key");
        Assert.Equal(0, (await Run(BackupCommand.Name, "old key", BackupFile)).Code);
        File.Delete(Database);
        await Record("Case B");
        byte[] before = await File.ReadAllBytesAsync(Database);

        var result = await Run(RestoreCommand.Name, Key, BackupFile);

        Assert.Equal(1, result.Code);
        Assert.Contains($"nothing restored: '{BackupFile}' cannot be opened as a CryoWeb database with the configured key", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(Database));
        Assert.Equal(["cryoweb.db"], Directory.GetFiles(Path.GetDirectoryName(Database)!, "*.db").Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_restore_is_refused_while_the_console_holds_the_database()
    {
        await Record("Case A");
        Assert.Equal(0, (await Run(BackupCommand.Name, Key, BackupFile)).Code);
        using var console = DatabaseLock.TryTake(Database);

        var result = await Run(RestoreCommand.Name, Key, BackupFile);

        Assert.Equal(1, result.Code);
        Assert.Contains("locked by a running console", result.Error, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(Database)!, "*.db"));
    }

    [Theory]
    [InlineData("backup", "give the backup FILE")]
    [InlineData("restore", "give the backup FILE")]
    [InlineData("backup", "unexpected argument '--force'", "a.db", "--force")]
    [InlineData("restore", "unexpected argument 'b.db'", "a.db", "b.db")]
    public async Task Bad_usage_exits_2_naming_what_was_wrong(string command, string named, params string[] args)
    {
        var result = await Run(command, Key, args);

        Assert.Equal(2, result.Code);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(Database)), "bad usage must not even open the database");
    }

    [Fact]
    public async Task A_missing_backup_file_is_named_and_nothing_changes()
    {
        await Record("Case A");
        string missing = Path.Combine(_directory, "no-such.db");

        var result = await Run(RestoreCommand.Name, Key, missing);

        Assert.Equal(1, result.Code);
        Assert.Contains($"'{missing}' does not exist", result.Error, StringComparison.Ordinal);
        Assert.Equal(["Case A"], await Labels(Database));
    }
}
