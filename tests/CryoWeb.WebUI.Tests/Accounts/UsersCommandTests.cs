using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Cli;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryoWeb.WebUI.Tests.Accounts;

public sealed class UsersCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cryoweb-cli-" + Guid.NewGuid().ToString("N"));

    private string Database => Path.Combine(_directory, "cryoweb.db");

    [Fact]
    public async Task Add_list_disable_enable_reset_and_role_work_against_the_database()
    {
        Assert.Equal(0, (await Run("correct horse battery", "add", "ada", "--role", "Admin", "--password-stdin")).Code);
        Assert.Equal(0, (await Run("another good passphrase", "add", "olivia", "--role", "operator", "--password-stdin")).Code);
        Assert.Equal(0, (await Run(null, "disable", "olivia")).Code);

        var list = await Run(null, "list");
        Assert.Equal(0, list.Code);
        Assert.Matches(@"(?m)^ada\s+Admin\s+enabled", list.Output);
        Assert.Matches(@"(?m)^olivia\s+Operator\s+disabled", list.Output);

        Assert.Equal(0, (await Run(null, "enable", "olivia")).Code);
        Assert.Equal(0, (await Run("a brand new passphrase", "reset", "olivia", "--password-stdin")).Code);
        Assert.Equal(0, (await Run(null, "role", "olivia", "--role", "Supervisor")).Code);
        Assert.Matches(@"(?m)^olivia\s+Supervisor\s+enabled", (await Run(null, "list")).Output);

        // The reset password is the one that signs in; the action was audited as "cli".
        using var store = new ProcedureStore(Database, TimeProvider.System, NullLogger<ProcedureStore>.Instance, new StorageOptions());
        using var directory = new CryoWeb.WebUI.Accounts.UserDirectory(store, new CryoWeb.Controller.Commands.MemoryAuditTrail(), TimeProvider.System, new(), NullLogger<CryoWeb.WebUI.Accounts.UserDirectory>.Instance);
        Assert.NotNull(await directory.SignInAsync("olivia", "a brand new passphrase", "test"));
        Assert.Null(await directory.SignInAsync("olivia", "another good passphrase", "test"));
    }

    [Theory]
    [InlineData(null, "NAME", "add", "--role", "Admin", "--password-stdin")]
    [InlineData(null, "--password-stdin", "add", "ada", "--role", "Admin")]
    [InlineData("short", "password:", "add", "ada", "--role", "Admin", "--password-stdin")]
    [InlineData(null, "'frobnicate' is not an action", "frobnicate")]
    [InlineData(null, "--role", "role", "ada", "--role")]
    [InlineData(null, "unexpected argument", "list", "--verbose")]
    public async Task Bad_usage_exits_2_naming_what_was_wrong(string? stdin, string named, params string[] args)
    {
        var result = await Run(stdin, args);
        Assert.Equal(2, result.Code);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Database), "bad usage must not even open the database");
    }

    [Fact]
    public async Task A_bad_storage_setting_exits_1_naming_it_before_the_database_is_touched()
    {
        var result = await Run(null, "list", "--Storage:RetentionDays", "3O");

        Assert.Equal(1, result.Code);
        Assert.Contains("users: the configuration is invalid: Storage:RetentionDays: '3O' is not a whole number", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Database), "a refused setting must not open the database");
    }

    [Fact]
    public async Task A_refused_change_exits_1_with_the_reason()
    {
        var result = await Run(null, "disable", "nobody");
        Assert.Equal(1, result.Code);
        Assert.Contains("userName: there is no user 'nobody'", result.Error, StringComparison.Ordinal);
        var badName = await Run("correct horse battery", "add", "Bad Name", "--role", "Admin", "--password-stdin");
        Assert.Equal(1, badName.Code);
        Assert.Contains("userName:", badName.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_held_by_a_running_console_is_reported_as_locked()
    {
        // What a running console holds (DatabaseLockHolder) for as long as it runs.
        using var console = CryoWeb.WebUI.Accounts.DatabaseLock.TryTake(Database);
        Assert.NotNull(console);

        var result = await Run(null, "list");

        Assert.Equal(1, result.Code);
        Assert.Contains("locked by a running console", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Database), "the store must not be opened while another process has it");
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task<(int Code, string Output, string Error)> Run(string? stdin, params string[] args)
    {
        using var input = new StringReader(stdin is null ? string.Empty : stdin + "\n");
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = await UsersCommand.RunAsync([.. args, "--Storage:DatabasePath", Database], input, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
