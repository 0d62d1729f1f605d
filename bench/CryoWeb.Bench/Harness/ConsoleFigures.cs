namespace CryoWeb.Bench.Harness;

/// <summary>
/// The process and runtime figures the scenarios print, read from the console's /metrics (OpenTelemetry's process and
/// runtime instrumentations, in base units): resident memory, CPU seconds, managed heap and committed memory after the
/// last collection, and collections counted as <see cref="GC.CollectionCount"/> does (a gen 1 collection also collects gen 0).
/// </summary>
internal static class ConsoleFigures
{
    public static double ResidentBytes(this IReadOnlyDictionary<string, double> metrics) => metrics["process_memory_usage_bytes"];

    public static double CpuSeconds(this IReadOnlyDictionary<string, double> metrics) =>
        metrics["process_cpu_time_seconds_total{cpu_mode=\"user\"}"] + metrics.GetValueOrDefault("process_cpu_time_seconds_total{cpu_mode=\"system\"}");

    public static double HeapBytes(this IReadOnlyDictionary<string, double> metrics) =>
        new[] { "gen0", "gen1", "gen2", "loh", "poh" }.Sum(g => metrics.GetValueOrDefault($"dotnet_gc_last_collection_heap_size_bytes{{gc_heap_generation=\"{g}\"}}"));

    public static double CommittedBytes(this IReadOnlyDictionary<string, double> metrics) =>
        metrics.GetValueOrDefault("dotnet_gc_last_collection_memory_committed_size_bytes");

    /// <summary>Collections of <paramref name="generation"/> or older (the runtime's meter counts each collection once, by its generation).</summary>
    public static double Collections(this IReadOnlyDictionary<string, double> metrics, int generation) =>
        Enumerable.Range(generation, 3 - generation).Sum(g => metrics.GetValueOrDefault($"dotnet_gc_collections_total{{gc_heap_generation=\"gen{g}\"}}"));
}
