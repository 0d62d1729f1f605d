namespace CryoWeb.WebUI.Tests.Api;

/// <summary>One <see cref="ApiConsole"/> shared by the tests of a class that do not change the plant.</summary>
public sealed class ApiConsoleFixture : IAsyncLifetime
{
    private ApiConsole? _console;

    public ApiConsole Console => _console ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() => _console = await ApiConsole.StartAsync();

    public async Task DisposeAsync()
    {
        if (_console is not null)
        {
            await _console.DisposeAsync();
        }
    }
}
