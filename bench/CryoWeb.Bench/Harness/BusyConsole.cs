using CryoWeb.Bench.Load;

namespace CryoWeb.Bench.Harness;

/// <summary>
/// The console every load benchmark starts from: the 16-channel layout (8 probes, 8 sensors at 10 Hz), an Operator
/// who started a procedure on all 8 probes and cycles them freeze 10 min / passive thaw 5 min, and a Supervisor who
/// watches (its cookie feeds the viewers, its client reads /metrics). Disposing stops the cycle and the console.
/// </summary>
public sealed class BusyConsole : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopCycle = new();
    private Task _cycle = Task.CompletedTask;

    private BusyConsole(ConsoleUnderTest console, ConsoleClient operatorClient, ConsoleClient watcher)
    {
        Console = console;
        Operator = operatorClient;
        Watcher = watcher;
    }

    public ConsoleUnderTest Console { get; }

    public ConsoleClient Operator { get; }

    public ConsoleClient Watcher { get; }

    public Uri BaseAddress => Console.BaseAddress;

    public static string LayoutFile => BenchRepository.LayoutFile("sixteen-channels.json");

    /// <param name="databasePath">A database to open (e.g. seeded), or null for a new one.</param>
    public static async Task<BusyConsole> StartAsync(string label, TextWriter log, string? databasePath = null)
    {
        var console = await ConsoleUnderTest.StartAsync(databasePath, "Hardware:SimulationLayoutFile=" + LayoutFile);
        var operatorClient = await ConsoleClient.SignInAsync(console.BaseAddress, ConsoleUnderTest.Operator);
        var watcher = await ConsoleClient.SignInAsync(console.BaseAddress, ConsoleUnderTest.Supervisor);
        await operatorClient.StartProcedureAsync(label, [1, 2, 3, 4, 5, 6, 7, 8]);
        var busy = new BusyConsole(console, operatorClient, watcher);
        busy._cycle = new FreezeCycle(operatorClient, 8, log).RunAsync(busy._stopCycle.Token);
        return busy;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopCycle.CancelAsync();
        await _cycle;
        _stopCycle.Dispose();
        Operator.Dispose();
        Watcher.Dispose();
        await Console.DisposeAsync();
    }
}
