using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Tests.Logging;

namespace CryoWeb.WebUI.Tests.Deployment;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PublishedConsoleGroup
{
    /// <summary>Alone: publishing takes both cores for a minute, which timing tests beside it must not feel.</summary>
    public const string Name = "published console";
}

/// <summary>
/// The published console started as cryoweb.service starts it (systemd's environment, notify and journal sockets
/// built by <see cref="ServiceSandbox"/>, SYSTEMD_EXEC_PID set to its pid as systemd sets it): it reports READY, pings the watchdog, serves HTTPS
/// with the credential certificate, keeps its database encrypted in the state directory, logs to the journal, and on
/// SIGTERM says STOPPING, closes every valve mid-freeze and exits 0.
/// </summary>
[Collection(PublishedConsoleGroup.Name)]
public sealed class PublishedConsoleTests(PublishedConsole published) : IClassFixture<PublishedConsole>
{
    private const string Password = "published console password";

    [Fact]
    public async Task Under_the_units_environment_it_reports_ready_pings_the_watchdog_and_stops_on_sigterm_with_the_valves_closed()
    {
        using var unit = new ServiceSandbox();
        var (added, addOutput) = await RunCliAsync(unit, Password + "\n", "users", "add", "olivia", "--role", "Operator", "--password-stdin");
        Assert.True(added == 0, addOutput);

        using var service = StartAsService(unit, out int pid);
        var log = CollectOutput(service);
        try
        {
            Assert.True(await unit.Notify.WaitForAsync(d => Texts(d).Any(t => t.Contains("READY=1", StringComparison.Ordinal)), TimeSpan.FromSeconds(60)), "no READY=1; output:\n" + log);
            Assert.True(await unit.Notify.WaitForAsync(d => Texts(d).Count(t => t.Contains("WATCHDOG=1", StringComparison.Ordinal)) >= 2, TimeSpan.FromSeconds(10)), "no watchdog pings at half of WATCHDOG_USEC: " + string.Join(" | ", unit.Notify.Texts));

            string? presented = null;
            using var handler = new HttpClientHandler
            {
                AllowAutoRedirect = false,
                CookieContainer = new CookieContainer(),
                ServerCertificateCustomValidationCallback = (_, certificate, _, _) => (presented = certificate?.Thumbprint) == unit.CertificateThumbprint,
            };
            using var client = new HttpClient(handler) { BaseAddress = unit.Https };
            using (var plain = await client.GetAsync(new Uri(unit.Http, "/healthz")))
            {
                Assert.Equal(HttpStatusCode.PermanentRedirect, plain.StatusCode);
            }

            using (var signIn = await client.PostAsJsonAsync("/api/signin", new { userName = "olivia", password = Password }))
            {
                Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
            }

            Assert.Equal(unit.CertificateThumbprint, presented);
            await StartProcedureAsync(client);
            using (var freeze = await client.PostAsync("/api/probes/1/mode", new StringContent("""{"mode":"Freeze","powerPercent":100}""", Encoding.UTF8, "application/json")))
            {
                Assert.True(freeze.StatusCode == HttpStatusCode.OK, await freeze.Content.ReadAsStringAsync());
            }

            int valveCount = await WaitForFreezeValveOpenAsync(client);

            Signal(pid, "TERM");
            using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await service.WaitForExitAsync(stopped.Token);
            Assert.True(service.ExitCode == 0, $"exit code {service.ExitCode}; output:\n{log}");
            Assert.Contains(unit.Notify.Texts, t => t.Contains("STOPPING=1", StringComparison.Ordinal));

            var journal = unit.Journal.Received.Select(d => JournalReceiver.Parse(d)).ToList();
            var closed = Assert.Single(journal, f => f.GetValueOrDefault("CRYOWEB_TEMPLATE") == "Control loop stopped; all {ValveCount} valves closed");
            Assert.Equal(valveCount.ToString(System.Globalization.CultureInfo.InvariantCulture), closed["CRYOWEB_VALVE_COUNT"]);
            Assert.Equal("6", closed["PRIORITY"]);
            Assert.Contains(journal, f => f["MESSAGE"].StartsWith("Now listening on: https://127.0.0.1:", StringComparison.Ordinal));
            Assert.All(journal, f => Assert.Equal("cryoweb", f["SYSLOG_IDENTIFIER"]));
        }
        finally
        {
            if (!service.HasExited)
            {
                service.Kill(entireProcessTree: true);
            }
        }

        // The records are in the state directory, encrypted with the credential key, and hold the user.
        var summary = DatabaseFiles.Inspect(unit.DatabasePath, unit.DatabaseKey);
        Assert.Equal(1, summary.Users);
        Assert.Throws<InvalidDataException>(() => DatabaseFiles.Inspect(unit.DatabasePath, password: null));
    }

    private static IEnumerable<string> Texts(IReadOnlyList<byte[]> datagrams) => datagrams.Select(d => Encoding.UTF8.GetString(d));

    /// <summary>Gas flows only inside a recorded procedure: create and start one first.</summary>
    private static async Task StartProcedureAsync(HttpClient client)
    {
        using var created = await client.PostAsync("/api/procedures", new StringContent("""{"label":"Published","organ":"kidney","probesInUse":[1],"sensors":[]}""", Encoding.UTF8, "application/json"));
        string body = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.OK, body);
        string id = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("procedureId").GetString()!;
        using var started = await client.PostAsync($"/api/procedures/{id}/start", new StringContent(string.Empty, Encoding.UTF8, "application/json"));
        Assert.True(started.StatusCode == HttpStatusCode.OK, await started.Content.ReadAsStringAsync());
    }

    private static async Task<int> WaitForFreezeValveOpenAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            using var response = await client.GetAsync("/api/valves");
            var valves = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
            if (valves[0].GetProperty("open").GetBoolean())
            {
                return valves.Count;
            }

            Assert.True(DateTime.UtcNow < deadline, "probe 1's freeze valve never opened");
            await Task.Delay(50);
        }
    }

    private Process StartAsService(ServiceSandbox unit, out int pid)
    {
        // systemd (>= 248) tells the service's main process who it is with SYSTEMD_EXEC_PID; the unit's
        // ProtectProc=invisible hides /proc/1 from it, so that is how the console knows it runs under systemd. The shell
        // sets it to its own pid, then becomes the console (exec keeps the pid).
        var start = new ProcessStartInfo("/bin/bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "-c", "export SYSTEMD_EXEC_PID=$$; exec \"$0\"", published.Executable },
        };
        Configure(start, unit.Environment(service: true));
        var process = Process.Start(start) ?? throw new InvalidOperationException("the console did not start");
        pid = process.Id;
        return process;
    }

    private async Task<(int Code, string Output)> RunCliAsync(ServiceSandbox unit, string input, params string[] args)
    {
        var start = new ProcessStartInfo(published.Executable) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Configure(start, unit.Environment(service: false));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the CLI did not start");
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        string output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    private static void Configure(ProcessStartInfo start, Dictionary<string, string> environment)
    {
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
    }

    private static StringBuilder CollectOutput(Process process)
    {
        var log = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return log;
    }

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }
}
