using System.Diagnostics;

namespace CryoWeb.WebUI.Tests.Deployment;

/// <summary>
/// The console published as it is shipped (self-contained, ReadyToRun, for this machine's linux-x64 instead of the
/// controller's linux-arm64), once for the test class, into a temporary folder.
/// </summary>
public sealed class PublishedConsole : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("cryoweb-published-").FullName;

    public string Executable => Path.Combine(Folder, "CryoWeb.WebUI");

    public string PublishLog { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "publish", "src/WebUI", "-c", "Release", "-p:PublishProfile=linux-x64", "-o", Folder, "-nologo" },
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        PublishLog = await output + await error;
        if (process.ExitCode != 0 || !File.Exists(Executable))
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{PublishLog}");
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
