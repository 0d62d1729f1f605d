using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CryoWeb.WebUI.Tests.EndToEnd;

/// <summary>
/// The console started the way the README says (`dotnet run --project src/WebUI`), already built in the test's
/// configuration, on a free loopback port, after its users were added with the README's `users add` command.
/// Disposing stops it.
/// </summary>
public sealed class ConsoleProcess : IAsyncLifetime
{
    public const string Password = "e2e correct horse";

    /// <summary>Users added before start: an Operator, a Supervisor, a Reviewer and an Admin.</summary>
    public static readonly (string Name, string Role)[] Users = [("olivia", "Operator"), ("sam", "Supervisor"), ("rita", "Reviewer"), ("ada", "Admin")];

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly StringBuilder _log = new();
    private Process? _process;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>A database of this run's own, so the test never touches a developer's records.</summary>
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"cryoweb-e2e-{Guid.NewGuid():N}", "cryoweb.db");

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        foreach (var (name, role) in Users)
        {
            await AddUserAsync(name, role);
        }

        int port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "run", "--no-build", "-c", Configuration, "--project", "src/WebUI", "--",
                "--urls", BaseAddress.ToString().TrimEnd('/'),
                "--Storage:DatabasePath", DatabasePath,
            },
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The console exited with code {_process.ExitCode}:\n{Log}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "healthz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // not answering yet
            }

            await _process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMilliseconds(250)).Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        throw new TimeoutException($"The console did not answer on {BaseAddress} within 60 s:\n{Log}");
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        string folder = Path.GetDirectoryName(DatabasePath)!;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>`users add NAME --role R --password-stdin`, as the README tells an installer to create users.</summary>
    private async Task AddUserAsync(string name, string role)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "run", "--no-build", "-c", Configuration, "--project", "src/WebUI", "--", "users", "add", name, "--role", role, "--password-stdin", "--Storage:DatabasePath", DatabasePath },
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var cli = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        await cli.StandardInput.WriteLineAsync(Password);
        cli.StandardInput.Close();
        string output = await cli.StandardOutput.ReadToEndAsync() + await cli.StandardError.ReadToEndAsync();
        await cli.WaitForExitAsync();
        if (cli.ExitCode != 0)
        {
            throw new InvalidOperationException($"users add {name} exited {cli.ExitCode}: {output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }
}
