using System.Diagnostics;
using CryoWeb.Bench.Harness;

namespace CryoWeb.Bench.Load;

/// <summary>Downloads a procedure's CSV export back to back until stopped, timing each.</summary>
public sealed class CsvExportLoop(ConsoleClient client, Guid procedureId)
{
    public List<double> Seconds { get; } = [];

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                await client.DownloadAsync($"api/procedures/{procedureId}/samples.csv");
            }
            catch (Exception e) when (e is OperationCanceledException or HttpRequestException)
            {
                return;
            }

            lock (Seconds)
            {
                Seconds.Add(watch.Elapsed.TotalSeconds);
            }
        }
    }
}
