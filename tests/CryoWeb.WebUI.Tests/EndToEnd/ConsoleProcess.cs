using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CryoWeb.WebUI.Tests.EndToEnd;

/// <summary>
/// The console started the way the README says (`dotnet run --project src/WebUI`), already built in the test's
/// configuration, on a free loopback port. Disposing stops it.
/// </summary>
public sealed class ConsoleProcess : IAsyncLifetime
{
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
        int port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "run", "--no-build", "-c", configuration, "--project", "src/WebUI", "--",
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
                using var response = await http.GetAsync(BaseAddress);
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
