using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace CryoWeb.Testing.Console;

/// <summary>
/// The one way tests and the bench run the console out of process: as the README says (`dotnet run --no-build
/// --project src/WebUI`, already built, simulator), on a loopback port Kestrel picks (no window in which another process
/// takes a port chosen before), after its users were added with the console's `users add` command. It can be killed
/// with SIGKILL (no shutdown code runs) and started again on the same database. Disposing kills what runs and deletes
/// a database of its own.
/// </summary>
public sealed class ConsoleLauncher : IAsyncDisposable
{
#if DEBUG
    public const string BuiltConfiguration = "Debug";
#else
    public const string BuiltConfiguration = "Release";
#endif

    private const string ListeningPrefix = "Now listening on: ";
    private readonly ConsoleLaunchOptions _options;
    private readonly ConcurrentQueue<string> _log = new();
    private readonly string? _ownFolder;
    private Process? _process;

    private ConsoleLauncher(ConsoleLaunchOptions options)
    {
        _options = options;
        if (options.DatabasePath is { } given)
        {
            DatabasePath = given;
        }
        else
        {
            _ownFolder = Path.Combine(Path.GetTempPath(), $"{options.TemporaryFolderPrefix}{Guid.NewGuid():N}");
            DatabasePath = Path.Combine(_ownFolder, "cryoweb.db");
        }
    }

    public string DatabasePath { get; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The running console's process id (0 when none runs).</summary>
    public int ProcessId => _process is { HasExited: false } running ? running.Id : 0;

    /// <summary>Everything every run of the console (and the CLI) wrote, for failure messages.</summary>
    public string Log => string.Join('\n', _log);

    /// <summary>A launcher whose users are added (the database is created by the first `users add`); not started yet.</summary>
    public static async Task<ConsoleLauncher> CreateAsync(ConsoleLaunchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var launcher = new ConsoleLauncher(options);
        Directory.CreateDirectory(Path.GetDirectoryName(launcher.DatabasePath)!);
        foreach (var user in options.Users)
        {
            await launcher.AddUserAsync(user.Name, user.Role);
        }

        return launcher;
    }

    /// <summary>`users add NAME --role R --password-stdin`, as the README tells an installer to create users.</summary>
    public async Task AddUserAsync(string name, string role)
    {
        var (exitCode, output) = await RunToExitAsync(_options.Password + "\n", TimeSpan.FromSeconds(90), "users", "add", name, "--role", role, "--password-stdin", "--Storage:DatabasePath", DatabasePath);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"users add {name} exited {exitCode}: {output}");
        }
    }

    /// <summary>Starts the console and returns once /healthz answers 200 (the database opened, the loop running).</summary>
    public async Task StartAsync()
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException("The console is already running.");
        }

        _process?.Dispose();
        _log.Enqueue($"--- start at {DateTimeOffset.UtcNow:O}");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        string[] arguments =
        [
            "--urls", "http://127.0.0.1:0", "--Storage:DatabasePath", DatabasePath,
            // The address Kestrel picked is read from this line, whatever level the caller's settings give the rest.
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime", "Information",
            .. _options.Settings.SelectMany(Setting),
        ];
        var process = Process.Start(Dotnet(arguments)) ?? throw new InvalidOperationException("could not start dotnet");
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
        var deadline = DateTime.UtcNow + _options.StartDeadline;
        BaseAddress = await WaitForAddressAsync(process, listening.Task, deadline);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
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

        throw new TimeoutException($"The console did not answer healthy on {BaseAddress} within {_options.StartDeadline.TotalSeconds} s:\n{Log}");
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

    /// <summary>
    /// Runs the console (or one of its commands) to its end with <paramref name="arguments"/>, e.g. a start-up that must
    /// refuse; returns its exit code and everything it wrote. Killed and reported if it outlives <paramref name="deadline"/>.
    /// </summary>
    public async Task<(int ExitCode, string Output)> RunToExitAsync(string? standardInput, TimeSpan deadline, params string[] arguments)
    {
        var start = Dotnet(arguments);
        start.RedirectStandardInput = standardInput is not null;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{string.Join(' ', arguments)}` did not end within {deadline.TotalSeconds} s: {await output}");
        }

        string written = await error + await output;
        _log.Enqueue(written);
        return (process.ExitCode, written);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            await KillHardAsync();
        }

        _process?.Dispose();
        if (_ownFolder is not null && Directory.Exists(_ownFolder))
        {
            Directory.Delete(_ownFolder, recursive: true);
        }
    }

    private async Task<Uri> WaitForAddressAsync(Process process, Task<Uri> listening, DateTime deadline)
    {
        var exited = process.WaitForExitAsync();
        var late = Task.Delay(deadline - DateTime.UtcNow);
        var first = await Task.WhenAny(listening, exited, late);
        return first == listening ? await listening
            : first == exited ? throw new InvalidOperationException($"The console exited with code {process.ExitCode} before listening:\n{Log}")
            : throw new TimeoutException($"The console did not listen within {_options.StartDeadline.TotalSeconds} s:\n{Log}");
    }

    private static IEnumerable<string> Setting(string keyValue)
    {
        int equals = keyValue.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 ? ["--" + keyValue[..equals], keyValue[(equals + 1)..]] : throw new ArgumentException($"Setting '{keyValue}' is not Key=Value.", nameof(keyValue));
    }

    private ProcessStartInfo Dotnet(IEnumerable<string> consoleArguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in (string[])["run", "--no-build", "-c", _options.Configuration, "--project", "src/WebUI", "--", .. consoleArguments])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in _options.Environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return start;
    }
}
