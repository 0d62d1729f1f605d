using CryoWeb.Bench.Harness;

namespace CryoWeb.Bench.Load;

/// <summary>
/// Keeps a procedure busy the way a long case is: every probe freezes at full power for 10 minutes, thaws passively
/// for 5, and again, until stopped. Commands go through the REST API as an Operator.
/// </summary>
public sealed class FreezeCycle(ConsoleClient operatorClient, int probes, TextWriter log)
{
    public static readonly TimeSpan FreezeLength = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan ThawLength = TimeSpan.FromMinutes(5);

    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await SetAllAsync("Freeze");
                await Task.Delay(FreezeLength, stop);
                await SetAllAsync("PassiveThaw");
                await Task.Delay(ThawLength, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // the run is over
        }
    }

    private async Task SetAllAsync(string mode)
    {
        for (int probe = 1; probe <= probes; probe++)
        {
            try
            {
                await operatorClient.SetModeAsync(probe, mode);
            }
            catch (InvalidOperationException e)
            {
                await log.WriteLineAsync($"  (probe {probe} {mode} refused: {e.Message})");
            }
        }
    }
}
