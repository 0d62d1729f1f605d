namespace CryoWeb.Testing.Console;

/// <summary>How <see cref="ConsoleLauncher"/> runs the console.</summary>
public sealed class ConsoleLaunchOptions
{
    /// <summary>The password every <see cref="Users"/> entry gets (typed on stdin, as an installer does).</summary>
    public string Password { get; init; } = "test correct horse staple";

    public IReadOnlyList<ConsoleUser> Users { get; init; } = [];

    /// <summary>An existing database to open (kept on dispose), or null for a new one of the launcher's own (deleted on dispose).</summary>
    public string? DatabasePath { get; init; }

    /// <summary>Extra configuration as `Key=Value` (e.g. `Hardware:SimulationLayoutFile=...`), given on the command line.</summary>
    public IReadOnlyList<string> Settings { get; init; } = [];

    /// <summary>Environment variables set for the console's process (null removes one).</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>How long the console may take to answer /healthz with 200.</summary>
    public TimeSpan StartDeadline { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The build configuration to run (`dotnet run --no-build -c`): the caller's own by default.</summary>
    public string Configuration { get; init; } = ConsoleLauncher.BuiltConfiguration;

    /// <summary>The folder a database of the launcher's own goes in, under the temporary folder.</summary>
    public string TemporaryFolderPrefix { get; init; } = "cryoweb-test-";
}
