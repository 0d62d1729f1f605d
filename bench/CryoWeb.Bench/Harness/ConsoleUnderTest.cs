using CryoWeb.Testing.Console;

namespace CryoWeb.Bench.Harness;

/// <summary>
/// The console as an installer runs it, in a process of its own (the shared <see cref="ConsoleLauncher"/>, Release,
/// simulator), so the load generators in this process do not share its heap or thread pool. Its users are added with
/// the `users add` command first. Disposing kills it and deletes its database unless the caller brought the database.
/// </summary>
public sealed class ConsoleUnderTest : IAsyncDisposable
{
    public const string Password = "bench correct horse staple";
    public const string Operator = "olivia";
    public const string Supervisor = "sam";
    public const string Reviewer = "rita";

    private readonly ConsoleLauncher _launcher;

    private ConsoleUnderTest(ConsoleLauncher launcher) => _launcher = launcher;

    public Uri BaseAddress => _launcher.BaseAddress;

    public string DatabasePath => _launcher.DatabasePath;

    public int ProcessId => _launcher.ProcessId;

    public string Log => _launcher.Log;

    /// <summary>Whether the control thread got SCHED_FIFO (the console warns when it did not).</summary>
    public string Scheduling => Log.Contains("did NOT get real-time scheduling", StringComparison.Ordinal)
        ? "control thread at normal priority (SCHED_FIFO refused)"
        : "control thread under SCHED_FIFO";

    /// <summary>Builds nothing: run `dotnet build -c Release src/WebUI` first (the bench scripts do).</summary>
    /// <param name="databasePath">An existing database to open (e.g. a seeded one), or null for a new temporary one.</param>
    /// <param name="settings">Extra configuration as key=value, e.g. Hardware:SimulationLayoutFile=...</param>
    public static async Task<ConsoleUnderTest> StartAsync(string? databasePath = null, params string[] settings)
    {
        var launcher = await ConsoleLauncher.CreateAsync(new ConsoleLaunchOptions
        {
            Password = Password,
            Users = [new(Operator, "Operator"), new(Supervisor, "Supervisor"), new(Reviewer, "Reviewer")],
            DatabasePath = databasePath,
            Settings = ["Logging:LogLevel:Default=Warning", .. settings],
            StartDeadline = TimeSpan.FromSeconds(90),
            Configuration = "Release",
            TemporaryFolderPrefix = "cryoweb-bench-",
        });
        await launcher.StartAsync();
        return new ConsoleUnderTest(launcher);
    }

    public Task AddUserAsync(string name, string role) => _launcher.AddUserAsync(name, role);

    public ValueTask DisposeAsync() => _launcher.DisposeAsync();
}
