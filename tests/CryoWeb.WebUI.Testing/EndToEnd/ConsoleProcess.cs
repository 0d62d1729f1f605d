using CryoWeb.Testing.Console;

namespace CryoWeb.WebUI.Tests.EndToEnd;

/// <summary>
/// The console for a class of browser journeys: run out of process by the shared <see cref="ConsoleLauncher"/> (as the
/// README says, on the simulator, on a database of its own) after an Operator, a Supervisor, a Reviewer and an Admin
/// were added with the console's `users add` command. Disposing stops it.
/// </summary>
public sealed class ConsoleProcess : IAsyncLifetime
{
    public const string Password = "e2e correct horse";

    /// <summary>Users added before start: an Operator, a Supervisor, a Reviewer and an Admin.</summary>
    public static readonly (string Name, string Role)[] Users = [("olivia", "Operator"), ("sam", "Supervisor"), ("rita", "Reviewer"), ("ada", "Admin")];

    private ConsoleLauncher? _launcher;

    public Uri BaseAddress => Launcher.BaseAddress;

    public string DatabasePath => Launcher.DatabasePath;

    public string Log => _launcher?.Log ?? string.Empty;

    private ConsoleLauncher Launcher => _launcher ?? throw new InvalidOperationException("The console has not been started.");

    public async Task InitializeAsync()
    {
        _launcher = await ConsoleLauncher.CreateAsync(new ConsoleLaunchOptions
        {
            Password = Password,
            Users = [.. Users.Select(u => new ConsoleUser(u.Name, u.Role))],
            TemporaryFolderPrefix = "cryoweb-e2e-",
        });
        await _launcher.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_launcher is not null)
        {
            await _launcher.DisposeAsync();
        }
    }
}
