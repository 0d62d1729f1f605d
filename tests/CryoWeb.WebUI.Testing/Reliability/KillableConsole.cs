using CryoWeb.Testing.Console;

namespace CryoWeb.WebUI.Tests.Reliability;

/// <summary>
/// The console out of process (the shared <see cref="ConsoleLauncher"/>) on one database that outlives it: started,
/// killed with SIGKILL (no shutdown code runs), and started again on the same file. Disposing kills what runs and
/// deletes the database folder.
/// </summary>
public sealed class KillableConsole : IAsyncDisposable
{
    public const string OperatorName = "olivia";
    public const string Password = "kill nine correct horse";

    private readonly ConsoleLauncher _launcher;

    private KillableConsole(ConsoleLauncher launcher) => _launcher = launcher;

    public string DatabasePath => _launcher.DatabasePath;

    public Uri BaseAddress => _launcher.BaseAddress;

    /// <summary>Everything every run of the console wrote, for failure messages.</summary>
    public string Log => _launcher.Log;

    /// <summary>A new database with one Operator, added by the CLI the way an installer does.</summary>
    public static async Task<KillableConsole> CreateAsync() =>
        new(await ConsoleLauncher.CreateAsync(new ConsoleLaunchOptions
        {
            Password = Password,
            Users = [new ConsoleUser(OperatorName, "Operator")],
            TemporaryFolderPrefix = "cryoweb-kill9-",
        }));

    /// <summary>Starts the console on a port Kestrel picks and returns once /healthz answers 200 (the database opened).</summary>
    public Task StartAsync() => _launcher.StartAsync();

    /// <summary>SIGKILL to `dotnet run` and the console under it; returns the instant just before the signal.</summary>
    public Task<DateTimeOffset> KillHardAsync() => _launcher.KillHardAsync();

    public ValueTask DisposeAsync() => _launcher.DisposeAsync();
}
