using System.Globalization;

namespace CryoWeb.Bench.Harness;

/// <summary>
/// One measured stretch of a console run: tick lateness (histogram difference), the console's CPU (share of one core,
/// from process_cpu_seconds_total) and resident memory at the end, all read from the console itself.
/// </summary>
public sealed record ConsoleWindow(LatenessSnapshot Lateness, double CpuPercentOfOneCore, double ResidentMb, TimeSpan Length, string Collections)
{
    public static async Task<ConsoleWindow> MeasureAsync(ConsoleClient client, TimeSpan length, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var lateness = await client.TickLatenessAsync();
        var metrics = await client.MetricsAsync();
        var started = DateTime.UtcNow;
        await Task.Delay(length, cancellationToken);
        var latenessAfter = await client.TickLatenessAsync();
        var metricsAfter = await client.MetricsAsync();
        var wall = DateTime.UtcNow - started;
        double cpu = (metricsAfter.CpuSeconds() - metrics.CpuSeconds()) / wall.TotalSeconds * 100;
        string collections = string.Join("/", new[] { 0, 1, 2 }.Select(g => (metricsAfter.Collections(g) - metrics.Collections(g)).ToString(CultureInfo.InvariantCulture)));
        return new ConsoleWindow(latenessAfter.Since(lateness), cpu, metricsAfter.ResidentBytes() / 1048576, wall, collections);
    }

    /// <summary>Lateness, CPU, memory and the garbage collections (gen 0/1/2) in the window: every collection pauses the control thread too.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Lateness.Describe()}  console CPU {CpuPercentOfOneCore,5:F1} % of one core  RSS {ResidentMb,6:F1} MB  GCs {Collections}");
}
