using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CryoWeb.Bench.Harness;

/// <summary>
/// The console as an installer runs it (`dotnet run --no-build -c Release --project src/WebUI`, simulator) in a process
/// of its own, so the load generators in this process do not share its heap or thread pool. Its users are added with
/// the `users add` command first. Disposing kills it and deletes its database unless the caller brought the database.
/// </summary>
public sealed class ConsoleUnderTest : IAsyncDisposable
{
    public const string Password = "bench correct horse staple";
    public const string Operator = "olivia";
    public const string Supervisor = "sam";
    public const string Reviewer = "rita";

    private readonly StringBuilder _log = new();
    private readonly bool _ownsDatabase;
    private Process? _process;

    private ConsoleUnderTest(string databasePath, bool ownsDatabase)
    {
        DatabasePath = databasePath;
        _ownsDatabase = ownsDatabase;
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string DatabasePath { get; }

    public int ProcessId => _process?.Id ?? 0;

    /// <summary>Builds nothing: run `dotnet build -c Release src/WebUI` first (the bench scripts do).</summary>
    /// <param name="databasePath">An existing database to open (e.g. a seeded one), or null for a new temporary one.</param>
    /// <param name="settings">Extra configuration as key=value, e.g. Hardware:SimulationLayoutFile=...</param>
    public static async Task<ConsoleUnderTest> StartAsync(string? databasePath = null, params string[] settings)
    {
        bool owns = databasePath is null;
        string path = databasePath ?? Path.Combine(Path.GetTempPath(), $"cryoweb-bench-{Guid.NewGuid():N}", "cryoweb.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var console = new ConsoleUnderTest(path, owns);
        await console.AddUserAsync(Operator, "Operator");
        await console.AddUserAsync(Supervisor, "Supervisor");
        await console.AddUserAsync(Reviewer, "Reviewer");

        await console.StartProcessAsync(settings);
        return console;
    }

    /// <summary>Whether the control thread got SCHED_FIFO (the console warns when it did not).</summary>
    public string Scheduling => Log.Contains("did NOT get real-time scheduling", StringComparison.Ordinal)
        ? "control thread at normal priority (SCHED_FIFO refused)"
        : "control thread under SCHED_FIFO";

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

    public async Task AddUserAsync(string name, string role)
    {
        var start = Dotnet("users", "add", name, "--role", role, "--password-stdin", "--Storage:DatabasePath", DatabasePath);
        start.RedirectStandardInput = true;
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

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (_ownsDatabase && Directory.Exists(Path.GetDirectoryName(DatabasePath)))
        {
            Directory.Delete(Path.GetDirectoryName(DatabasePath)!, recursive: true);
        }
    }

    private async Task StartProcessAsync(string[] settings)
    {
        int port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var arguments = new List<string> { "--urls", BaseAddress.ToString().TrimEnd('/'), "--Storage:DatabasePath", DatabasePath, "--Logging:LogLevel:Default", "Warning" };
        foreach (string setting in settings)
        {
            int equals = setting.IndexOf('=', StringComparison.Ordinal);
            arguments.Add("--" + setting[..equals]);
            arguments.Add(setting[(equals + 1)..]);
        }

        _process = Process.Start(Dotnet([.. arguments])) ?? throw new InvalidOperationException("could not start dotnet");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
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
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not answering yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The console did not answer on {BaseAddress} within 90 s:\n{Log}");
    }

    private static ProcessStartInfo Dotnet(params string[] consoleArguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = BenchRepository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string a in new[] { "run", "--no-build", "-c", "Release", "--project", "src/WebUI", "--" }.Concat(consoleArguments))
        {
            start.ArgumentList.Add(a);
        }

        return start;
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
