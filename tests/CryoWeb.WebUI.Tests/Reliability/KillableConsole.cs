using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using CryoWeb.WebUI.Tests.EndToEnd;

namespace CryoWeb.WebUI.Tests.Reliability;

/// <summary>
/// The console as a real `dotnet run --no-build` process on one database that outlives it: started, killed with
/// SIGKILL (no shutdown code runs), and started again on the same file. Disposing kills what runs and deletes the
/// database folder.
/// </summary>
public sealed class KillableConsole : IAsyncDisposable
{
    public const string OperatorName = "olivia";
    public const string Password = "kill nine correct horse";

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);
    private const string ListeningPrefix = "Now listening on: ";
    private readonly ConcurrentQueue<string> _log = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"cryoweb-kill9-{Guid.NewGuid():N}");
    private Process? _process;

    public string DatabasePath => Path.Combine(_folder, "cryoweb.db");

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Everything every run of the console wrote, for failure messages.</summary>
    public string Log => string.Join('\n', _log);

    /// <summary>A new database with one Operator, added by the CLI the way an installer does.</summary>
    public static async Task<KillableConsole> CreateAsync()
    {
        var console = new KillableConsole();
        var add = Dotnet("users", "add", OperatorName, "--role", "Operator", "--password-stdin", "--Storage:DatabasePath", console.DatabasePath);
        add.RedirectStandardInput = true;
        using var cli = Process.Start(add) ?? throw new InvalidOperationException("could not start dotnet");
        await cli.StandardInput.WriteLineAsync(Password);
        cli.StandardInput.Close();
        string output = await cli.StandardOutput.ReadToEndAsync() + await cli.StandardError.ReadToEndAsync();
        await cli.WaitForExitAsync();
        return cli.ExitCode == 0 ? console : throw new InvalidOperationException($"users add exited {cli.ExitCode}: {output}");
    }

    /// <summary>
    /// Starts the console on a port Kestrel picks (no window in which another process takes a port chosen before) and
    /// returns once /healthz answers 200 there (the database opened).
    /// </summary>
    public async Task StartAsync()
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException("The console is already running.");
        }

        _process?.Dispose();
        _log.Enqueue($"--- start at {DateTimeOffset.UtcNow:O}");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Process.Start(Dotnet("--urls", "http://127.0.0.1:0", "--Storage:DatabasePath", DatabasePath))
            ?? throw new InvalidOperationException("could not start dotnet");
        _process = process;
        DataReceivedEventHandler read = (_, e) =>
        {
            if (e.Data is { } line)
            {
                _log.Enqueue(line);
                int at = line.IndexOf(ListeningPrefix, StringComparison.Ordinal);
                if (at >= 0)
                {
                    listening.TrySetResult(new Uri(line[(at + ListeningPrefix.Length)..].Trim() + "/"));
                }
            }
        };
        process.OutputDataReceived += read;
        process.ErrorDataReceived += read;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        BaseAddress = await listening.Task.WaitAsync(StartDeadline);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartDeadline;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The console exited with code {process.ExitCode}:\n{Log}");
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
                // not listening or not answering yet
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The console did not answer healthy on {BaseAddress} within {StartDeadline.TotalSeconds} s:\n{Log}");
    }

    /// <summary>SIGKILL to `dotnet run` and the console under it; returns the instant just before the signal.</summary>
    public async Task<DateTimeOffset> KillHardAsync()
    {
        var process = _process ?? throw new InvalidOperationException("The console is not running.");
        var killedAt = DateTimeOffset.UtcNow;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        _log.Enqueue($"--- killed at {killedAt:O}");
        return killedAt;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            await KillHardAsync();
        }

        _process?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static ProcessStartInfo Dotnet(params string[] consoleArgs)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string arg in (string[])["run", "--no-build", "-c", Configuration, "--project", "src/WebUI", "--", .. consoleArgs])
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }
}
